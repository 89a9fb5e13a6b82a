#!/usr/bin/env node
// Prints one closing line per suite and a total, from the JSON reports that `npm test` asks Vitest and
// Playwright to write into reports/.
import { existsSync, readFileSync } from 'node:fs'

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null)
const suites = []
const unit = read('reports/unit.json')
if (unit) suites.push(['unit', unit.numPassedTests, unit.numFailedTests, unit.numPendingTests + unit.numTodoTests])
const e2e = read('reports/e2e.json')
if (e2e) suites.push(['e2e', e2e.stats.expected + e2e.stats.flaky, e2e.stats.unexpected, e2e.stats.skipped])

const line = ([name, passed, failed, skipped]) => `${name}: ${passed} passed, ${failed} failed, ${skipped} skipped`
for (const suite of suites) console.log(line(suite))
const total = suites.reduce((sum, [, p, f, s]) => [sum[0] + p, sum[1] + f, sum[2] + s], [0, 0, 0])
console.log(line(['total', ...total]))
process.exitCode = total[1] > 0 || suites.length < 2 ? 1 : 0
