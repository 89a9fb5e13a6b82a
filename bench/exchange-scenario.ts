// Issue 5: exporting and importing a bundle of 100,000 annotations over 1,000 articles, against a
// baseline of JSON.stringify + zip (export) and unzip + JSON.parse (import) of the same data, in the
// same run. Each step runs in a child process of its own (bench/exchange-step.ts), so that its peak
// memory can be told apart; rounds alternate ours and the baseline, and medians are reported.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildExchangeCorpus } from './exchange-corpus'
import type { StepName, StepResult } from './exchange-step'
import { fig, verdict, type Scenario } from './scenario'

const ARTICLES = Number(process.env.BENCH_EXCHANGE_ARTICLES ?? 1_000)
const PER_ARTICLE = Number(process.env.BENCH_EXCHANGE_PER_ARTICLE ?? 100)
const ROUNDS = Number(process.env.BENCH_EXCHANGE_ROUNDS ?? 5)
const TARGET = 2
/**
 * A directory to keep the corpus and the bundle in (built once, reused), for profiling one step:
 * `node --cpu-prof out/main/bench-exchange-step.js import $BENCH_EXCHANGE_DIR`.
 */
const KEEP_DIR = process.env.BENCH_EXCHANGE_DIR
/** The child's entry, built beside this bench by electron-vite. */
const STEP_SCRIPT = join(__dirname, 'bench-exchange-step.js')

/**
 * Writes what earlier steps left in the page cache to disk (sync(1), where there is one), so that no
 * step runs while the kernel writes back another's files: an import leaves some 90 MB of database
 * pages behind, and writing them back took a core from whichever step came next.
 */
function settleDisk(): void {
  try {
    execFileSync('sync')
  } catch {
    // No sync command (not Linux or macOS): the steps run as they are.
  }
}

function runStep(step: StepName, dir: string, round: number): StepResult {
  settleDisk()
  const out = execFileSync(process.execPath, [STEP_SCRIPT, step, dir, String(round)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20
  })
  return JSON.parse(out) as StepResult
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/** The median of each figure over the rounds of one step. */
function medianOf(results: StepResult[]): StepResult {
  const phases = Object.keys(results[0].phases)
  return {
    ms: median(results.map((r) => r.ms)),
    rssBeforeMiB: median(results.map((r) => r.rssBeforeMiB)),
    peakGrowthMiB: median(results.map((r) => r.peakGrowthMiB)),
    cpuMs: median(results.map((r) => r.cpuMs)),
    mainThreadCpuMs: results[0].mainThreadCpuMs === null ? null : median(results.map((r) => r.mainThreadCpuMs ?? 0)),
    afterMs: median(results.map((r) => r.afterMs ?? 0)),
    phases: Object.fromEntries(phases.map((phase) => [phase, median(results.map((r) => r.phases[phase] ?? 0))])),
    count: results[0].count
  }
}

/**
 * "unzip 310 · JSON.parse 820 · …" in ms, largest first, with what no phase covers as "other"; the
 * reader thread's phases ("reader: …") ran beside the others and are listed after them, apart.
 */
function breakdown(result: StepResult): string {
  const all = Object.entries(result.phases).sort(([, a], [, b]) => b - a)
  const phases = all.filter(([phase]) => !phase.startsWith('reader: '))
  const beside = all.filter(([phase]) => phase.startsWith('reader: '))
  const other = result.ms - phases.reduce((sum, [, ms]) => sum + ms, 0)
  const shown = [...phases, ['other', other] as const].map(([phase, ms]) => `${phase} ${ms.toFixed(0)}`).join(' · ')
  const reader = beside.map(([phase, ms]) => `${phase.slice('reader: '.length)} ${ms.toFixed(0)}`).join(' · ')
  return reader === '' ? shown : `${shown}; on the reader thread, beside: ${reader}`
}

const memory = (r: StepResult) => `peak +${fig(r.peakGrowthMiB, 0, 4)} MiB rss`

/** "CPU 2,310 ms (main thread 1,650)": what the step cost the machine, whatever else ran on it. */
const cpu = (r: StepResult) =>
  `CPU ${fig(r.cpuMs)} ms${r.mainThreadCpuMs === null ? '' : ` (main thread ${fig(r.mainThreadCpuMs)})`}`

export const exchangeScenario: Scenario = {
  name: 'exchange',
  title: `exchange: bundle of ${ARTICLES * PER_ARTICLE} annotations over ${ARTICLES} articles (medians of ${ROUNDS} rounds)`,
  async run() {
    const dir = KEEP_DIR ?? mkdtempSync(join(tmpdir(), 'wb-bench-exchange-'))
    try {
      if (!existsSync(join(dir, 'source'))) buildExchangeCorpus(join(dir, 'source'), ARTICLES, PER_ARTICLE)
      const runs: Record<StepName, StepResult[]> = { export: [], 'base-export': [], import: [], 'base-import': [] }
      const order: StepName[] = ['export', 'base-export', 'import', 'base-import']
      for (let round = 0; round < ROUNDS; round++) {
        for (const step of order) runs[step].push(runStep(step, dir, round))
      }
      const [ours, base, imported, baseImport] = order.map((step) => medianOf(runs[step]))
      const exportRatios = runs.export.map((r, i) => r.ms / runs['base-export'][i].ms)
      const importRatios = runs.import.map((r, i) => r.ms / runs['base-import'][i].ms)
      const exportRatio = ours.ms / base.ms
      const importRatio = imported.ms / baseImport.ms
      const range = (ratios: number[]) => `rounds ${ratios.map((r) => r.toFixed(2)).join(', ')}`
      return {
        pass: exportRatio <= TARGET && importRatio <= TARGET,
        data: { ours, base, imported, baseImport, exportRatios, importRatios, bytes: ours.count },
        lines: [
          `export            ${fig(ours.ms)} ms   baseline stringify + zip ${fig(base.ms)} ms   ratio ${fig(exportRatio, 2, 5)}  target ≤ ${TARGET}  ${verdict(exportRatio <= TARGET)}  (${range(exportRatios)})`,
          `  phases (ms)     ${breakdown(ours)}`,
          `  memory          ours ${memory(ours)}   baseline ${memory(base)} (data already in memory: ${fig(base.rssBeforeMiB, 0, 0)} MiB rss)`,
          `import            ${fig(imported.ms)} ms   baseline unzip + parse   ${fig(baseImport.ms)} ms   ratio ${fig(importRatio, 2, 5)}  target ≤ ${TARGET}  ${verdict(importRatio <= TARGET)}  (${range(importRatios)})`,
          `  phases (ms)     ${breakdown(imported)}`,
          `  memory          ours ${memory(imported)}   baseline ${memory(baseImport)}`,
          `  cpu             ours ${cpu(imported)}   baseline ${cpu(baseImport)}`,
          `  then            the search index takes in the new annotations: ${fig(imported.afterMs ?? 0)} ms, after the import has answered`,
          `bundle            ${fig(ours.count / 2 ** 20, 1)} MiB zipped; ${imported.count} annotations added`
        ]
      }
    } finally {
      if (!KEEP_DIR) rmSync(dir, { recursive: true, force: true })
    }
  }
}
