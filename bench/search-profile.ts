// Where a slow search spends its time: the SQL statements one search runs, each timed on its own and
// shown with SQLite's EXPLAIN QUERY PLAN. Runs on a copy of the bench's corpus whose statements record
// their SQL and parameters as they run (SQLite's own trace cuts long parameters short), so the
// measured connection is never slowed by the recording.
import Database from 'better-sqlite3'
import type { Db } from '../src/main/db/connection'
import { search, type SearchInput } from '../src/main/services/search/search'

export interface StatementProfile {
  /** The statement as SQLite ran it, with its parameters written in. */
  sql: string
  /** Median of three runs of this statement alone, in ms. */
  ms: number
  /** EXPLAIN QUERY PLAN, one line per step, indented by depth. */
  plan: string[]
}

const median = (run: () => void): number => {
  const times = [0, 1, 2].map(() => {
    const started = performance.now()
    run()
    return performance.now() - started
  })
  return times.sort((a, b) => a - b)[1]
}

function planOf(db: Db, sql: string, params: unknown[]): string[] {
  const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as {
    id: number
    parent: number
    detail: string
  }[]
  const depth = new Map<number, number>([[0, -1]])
  return rows.map((row) => {
    const level = (depth.get(row.parent) ?? -1) + 1
    depth.set(row.id, level)
    return `${'  '.repeat(level)}${row.detail}`
  })
}

/** One statement run: its SQL and the parameters it was given. */
interface Run {
  sql: string
  params: unknown[]
}

/** A copy of `db` whose statements append each run to `runs`. */
export function tracedCopy(db: Db): { copy: Db; runs: Run[] } {
  const runs: Run[] = []
  const copy = new Database(db.serialize()) as Db
  const prepare = copy.prepare.bind(copy)
  copy.prepare = ((sql: string) => {
    const prepared = prepare(sql)
    for (const method of ['all', 'get', 'run', 'iterate'] as const) {
      const original = prepared[method].bind(prepared) as (...params: unknown[]) => unknown
      Object.assign(prepared, {
        [method]: (...params: unknown[]) => {
          runs.push({ sql, params })
          return original(...params)
        }
      })
    }
    return prepared
  }) as Db['prepare']
  return { copy, runs }
}

/** The statements one search runs on a traced copy, each timed alone, slowest first. */
export function profileSearch(copy: Db, runs: Run[], input: SearchInput): StatementProfile[] {
  search(copy, input) // prepares and caches what the search needs
  runs.length = 0
  search(copy, input)
  const profiles = runs.map(({ sql, params }) => {
    const prepared = copy.prepare(sql)
    return {
      sql: sql.replace(/\s+/g, ' ').trim(),
      ms: median(() => (prepared.reader ? prepared.all(...params) : prepared.run(...params))),
      plan: planOf(copy, sql, params)
    }
  })
  runs.length = 0
  return profiles.sort((a, b) => b.ms - a.ms)
}

/** Printable lines: each of the slowest searches with its time, then its statements and plans. */
export function profileLines(copy: Db, runs: Run[], slowest: { input: SearchInput; ms: number }[]): string[] {
  const clip = (sql: string) => (sql.length > 300 ? `${sql.slice(0, 300)}…` : sql)
  return slowest.flatMap(({ input, ms }) => [
    `${ms.toFixed(1)} ms  ${JSON.stringify(input)}`,
    ...profileSearch(copy, runs, input).flatMap((s) => [
      `    ${s.ms.toFixed(1).padStart(6)} ms  ${clip(s.sql)}`,
      ...s.plan.map((line) => `                ${line}`)
    ])
  ])
}
