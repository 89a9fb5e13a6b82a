import { join } from 'node:path'
import { benchImport } from './import-bench'
import { fig, verdict, type Scenario } from './scenario'

const count = Number(process.env.BENCH_ARTICLES ?? 10_000)
const target = 0.5

/** Issue 2: the real import path against a raw insert of the same rows. */
export const importScenario: Scenario = {
  name: 'import',
  title: `import: ${count} generated articles of ~600 words`,
  async run() {
    const result = await benchImport(count, join(__dirname, 'import-worker.js'))
    const pass = result.ratio >= target
    return {
      pass,
      data: result,
      lines: [
        `real import path  ${fig(result.importPerSecond)} articles/s  (median of ${result.rounds})`,
        `raw insert (base) ${fig(result.rawPerSecond)} articles/s  (median of ${result.rounds})`,
        `parsing alone     ${fig(result.parseOnlyPerSecond)} articles/s  (one thread, for reference)`,
        `ratio             ${fig(result.ratio, 2)}   target ≥ ${target}  ${verdict(pass)}`
      ]
    }
  }
}
