// One measured step of the exchange bench, run in a child process of its own so that its peak memory
// is its own: `node out/main/bench-exchange-step.js <step> <dir>`. Prints one line of JSON (StepResult).
// The inputs are loaded before the clock starts; the peak is the process's, minus its size then.
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { openDatabase } from '../src/main/db/connection'
import { listAnnotations } from '../src/main/services/annotations'
import { catchUpSearchIndex } from '../src/main/services/search-backlog'
import { exportBundle } from '../src/main/services/bundles/export-bundle'
import { importBundle } from '../src/main/services/bundles/import-bundle'
import { PhaseClock } from '../src/main/services/bundles/phase-clock'
import { ReaderThread } from '../src/main/services/bundles/reader-thread'
import { getArticle, listArticles } from '../src/main/services/corpus'
import { getProfile } from '../src/main/services/profile'

export type StepName = 'export' | 'base-export' | 'import' | 'base-import'

export interface StepResult {
  ms: number
  /** Resident memory when the step started, its inputs loaded (MiB). */
  rssBeforeMiB: number
  /** The process's peak resident memory, minus rssBeforeMiB: what the step itself needed at most. */
  peakGrowthMiB: number
  phases: Record<string, number>
  /** CPU time of the whole process and of its main thread alone (Linux; null elsewhere), ms. */
  cpuMs: number
  mainThreadCpuMs: number | null
  /** Import only: the search index catching up with the new annotations, just after the import answered (ms). */
  afterMs?: number
  /** Annotations imported, or bytes written. */
  count: number
}

const SOURCE = 'source'
export const BUNDLE_FILE = 'bench.wbundle'
const BASE_FILE = 'base.zip'

const mib = (bytes: number) => bytes / 2 ** 20

/** CPU time of this process's main thread (ms), from /proc; null where there is none. */
function mainThreadCpu(): number | null {
  try {
    // Fields 14 and 15 (utime, stime) in clock ticks of 10 ms, after the parenthesised name.
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1].split(' ')
    return (Number(fields[11]) + Number(fields[12])) * 10
  } catch {
    return null
  }
}

const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000

function measure(step: () => number, clock?: PhaseClock): StepResult {
  const rssBefore = process.memoryUsage().rss
  const mainBefore = mainThreadCpu()
  const cpuBefore = process.cpuUsage()
  const start = performance.now()
  const count = step()
  const ms = performance.now() - start
  const mainAfter = mainThreadCpu()
  return {
    ms,
    cpuMs: cpuMs(process.cpuUsage(cpuBefore)),
    mainThreadCpuMs: mainBefore === null || mainAfter === null ? null : mainAfter - mainBefore,
    rssBeforeMiB: mib(rssBefore),
    peakGrowthMiB: mib(process.resourceUsage().maxRSS * 1024 - rssBefore),
    phases: Object.fromEntries(clock?.totals ?? []),
    count
  }
}

async function run(name: StepName, dir: string, round: string): Promise<StepResult> {
  const clock = new PhaseClock()
  if (name === 'export') {
    const db = openDatabase(join(dir, SOURCE))
    const analyst = getProfile(db)
    if (!analyst) throw new Error('bench: the source corpus has no analyst')
    let bytes: Uint8Array = new Uint8Array()
    const result = measure(() => (bytes = exportBundle(db, analyst, undefined, new Date(), clock).bytes).length, clock)
    writeFileSync(join(dir, BUNDLE_FILE), bytes)
    return result
  }
  if (name === 'base-export') {
    // The same articles and annotations, already in memory, stringified and zipped.
    const db = openDatabase(join(dir, SOURCE))
    const summaries = listArticles(db)
    const data = {
      articles: summaries.map((summary) => getArticle(db, summary.id)),
      annotations: summaries.flatMap((summary) => listAnnotations(db, summary.id))
    }
    let bytes: Uint8Array = new Uint8Array()
    const result = measure(() => (bytes = zipSync({ 'data.json': strToU8(JSON.stringify(data)) }, { level: 6 })).length)
    writeFileSync(join(dir, BASE_FILE), bytes)
    return result
  }
  if (name === 'import') {
    const bytes = new Uint8Array(readFileSync(join(dir, BUNDLE_FILE)))
    const target = join(dir, `target-${round}`)
    rmSync(target, { recursive: true, force: true })
    const db = openDatabase(target)
    // The app starts its reader thread at launch (src/main/index.ts), so it is ready before the clock.
    const reader = new ReaderThread(join(__dirname, 'annotation-reader-worker.js'))
    await reader.warm()
    const result = measure(() => importBundle(db, BUNDLE_FILE, bytes, {}, { clock, reader }).annotationsAdded, clock)
    void reader.close()
    // What the host does just after answering: the search index takes in the new annotations.
    const start = performance.now()
    catchUpSearchIndex(db)
    return { ...result, afterMs: performance.now() - start }
  }
  const bytes = new Uint8Array(readFileSync(join(dir, BASE_FILE)))
  return measure(() => {
    const data = JSON.parse(strFromU8(unzipSync(bytes)['data.json'])) as { annotations: unknown[] }
    return data.annotations.length
  })
}

const [name, dir, round = '0'] = process.argv.slice(2)
void run(name as StepName, dir, round).then((result) => process.stdout.write(`${JSON.stringify(result)}\n`))
