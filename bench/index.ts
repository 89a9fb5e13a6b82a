// `npm run bench`: each scenario measured beside its baseline in the same run, printed, and checked
// against its target. Exits non-zero when a target is missed. Results also go to bench/results/.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { benchImport } from './import-bench'

async function main(): Promise<number> {
  const count = Number(process.env.BENCH_ARTICLES ?? 10_000)
  console.log(`import: ${count} generated articles of ~600 words`)
  const result = await benchImport(count, join(__dirname, 'import-worker.js'))
  const target = 0.5
  const pass = result.ratio >= target
  console.log(
    `  real import path  ${result.importPerSecond.toFixed(0).padStart(8)} articles/s  (median of ${result.rounds})`
  )
  console.log(
    `  raw insert (base) ${result.rawPerSecond.toFixed(0).padStart(8)} articles/s  (median of ${result.rounds})`
  )
  console.log(
    `  parsing alone     ${result.parseOnlyPerSecond.toFixed(0).padStart(8)} articles/s  (one thread, for reference)`
  )
  console.log(
    `  ratio             ${result.ratio.toFixed(2).padStart(8)}   target ≥ ${target}  ${pass ? 'PASS' : 'FAIL'}`
  )
  console.log(`  memory            ${(process.memoryUsage().rss / 2 ** 20).toFixed(0).padStart(8)} MiB rss`)
  const dir = join(process.cwd(), 'bench', 'results')
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'latest.json'), JSON.stringify({ date: new Date().toISOString(), import: result }, null, 2))
  return pass ? 0 : 1
}

void main().then((code) => (process.exitCode = code))
