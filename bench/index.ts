// `npm run bench`: each scenario measured beside its baseline in the same run, printed, and checked
// against its target. Exits non-zero when a target is missed. Results also go to bench/results/.
// BENCH_ONLY=import,editor runs only the named scenarios.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { editorScenario } from './editor-scenario'
import { exchangeScenario } from './exchange-scenario'
import { importScenario } from './import-scenario'
import { qualityScenario } from './quality-scenario'
import { bulkScenario } from './bulk-scenario'
import type { Scenario } from './scenario'
import { searchScenario } from './search-scenario'
import { importHtmlScenario } from './import-html-scenario'

const SCENARIOS: Scenario[] = [
  importScenario,
  editorScenario,
  exchangeScenario,
  qualityScenario,
  bulkScenario,
  searchScenario,
  importHtmlScenario
]

async function main(): Promise<number> {
  const only = process.env.BENCH_ONLY?.split(',').map((name) => name.trim())
  const chosen = SCENARIOS.filter((scenario) => !only || only.includes(scenario.name))
  const results: Record<string, unknown> = {}
  let failed = 0
  for (const scenario of chosen) {
    console.log(scenario.title)
    const result = await scenario.run()
    for (const line of result.lines) console.log(`  ${line}`)
    console.log(`  memory            ${(process.memoryUsage().rss / 2 ** 20).toFixed(0).padStart(8)} MiB rss`)
    results[scenario.name] = result.data
    if (!result.pass) failed++
  }
  const dir = join(process.cwd(), 'bench', 'results')
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'latest.json'), JSON.stringify({ date: new Date().toISOString(), ...results }, null, 2))
  console.log(`${chosen.length - failed} of ${chosen.length} scenarios met their targets`)
  return failed ? 1 : 0
}

void main().then((code) => (process.exitCode = code))
