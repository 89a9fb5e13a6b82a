// One benchmark scenario: measured beside its baseline in the same run, with a target to check.
export interface ScenarioResult {
  /** Lines printed under the scenario's heading (figures, the baseline, the target and PASS/FAIL). */
  lines: string[]
  /** Whether every target of the scenario was met. */
  pass: boolean
  /** Raw figures, written to bench/results/latest.json. */
  data: unknown
}

export interface Scenario {
  /** Short name, used by BENCH_ONLY=name[,name]. */
  name: string
  /** What is measured, printed as the heading. */
  title: string
  run(): Promise<ScenarioResult>
}

/** A right-aligned figure for the bench's table-like lines. */
export const fig = (value: number, digits = 0, width = 8): string => value.toFixed(digits).padStart(width)

/** PASS or FAIL, for the end of a target line. */
export const verdict = (pass: boolean): string => (pass ? 'PASS' : 'FAIL')
