// Which matches of an FTS5 query to show, in which order, and how many there are. Two ways to run
// it, with the same result: one pass that scores every match (best when few match), or a count first
// and then only the page (best when many match: bm25 reads every scored match's positions).
import type { Db } from '../../db/connection'
import { statement } from '../../db/statements'

/**
 * Above this many matches, results come most recently imported first instead of by relevance.
 * Ranking (bm25) reads every match's positions: about 5 ms per 1,000 matches on the bench machine,
 * which a query that matches most of a large corpus ("troops") would pay on every keystroke; such a
 * query wants narrowing, and the status line says how many matched.
 */
export const RANKED_UP_TO = 2000

/** `one`: every match with its score in one pass; `count-first`: a count, then the page alone. */
export type Pass = 'one' | 'count-first'

/** The matches of one FTS5 table, narrowed by conditions on its rowid. */
export interface MatchSet {
  table: 'article_fts' | 'annotation_fts'
  match: string
  /** SQL conditions ANDed to the MATCH; they name the table's rowid as `${table}.rowid`. */
  where: string[]
  params: Record<string, string>
}

export interface Ranked {
  count: number
  /** Rowids of the page: bm25 order (ties newest first), or newest first past RANKED_UP_TO. */
  ids: number[]
}

function sql(m: MatchSet, what: string, tail = ''): string {
  const where = m.where.map((condition) => ` AND ${condition}`).join('')
  return `SELECT ${what} FROM ${m.table} WHERE ${m.table} MATCH @match${where} ${tail}`
}

/** Every match scored in one pass, sorted here: the same order as the SQL of `countFirst`. */
function onePass(db: Db, m: MatchSet, limit: number): Ranked {
  const params = { ...m.params, match: m.match }
  const rows = statement(db, sql(m, `${m.table}.rowid, bm25(${m.table})`))
    .raw(true)
    .all(params) as [number, number][]
  if (rows.length > RANKED_UP_TO) {
    const ids = rows.map(([rowid]) => rowid).sort((a, b) => b - a)
    return { count: rows.length, ids: ids.slice(0, limit) }
  }
  rows.sort(([idA, scoreA], [idB, scoreB]) => scoreA - scoreB || idB - idA)
  return { count: rows.length, ids: rows.slice(0, limit).map(([rowid]) => rowid) }
}

/**
 * A count, then only the page. `ORDER BY bm25(…)` scores just the rows that pass the conditions
 * (`ORDER BY rank` would have FTS5 score every match before any condition runs). The newest-first
 * page walks the matches from the newest and stops at the limit, so it narrows by `newest`, whose
 * conditions check each match it reaches instead of building a set of everything a filter allows.
 */
function countFirst(db: Db, m: MatchSet, newest: MatchSet, limit: number): Ranked {
  const count = statement(db, sql(m, 'count(*)'))
    .pluck()
    .get({ ...m.params, match: m.match }) as number
  if (count === 0) return { count, ids: [] }
  const page = count > RANKED_UP_TO ? newest : m
  const rowid = `${m.table}.rowid`
  const order = count > RANKED_UP_TO ? `${rowid} DESC` : `bm25(${m.table}), ${rowid} DESC`
  const ids = statement(db, sql(page, rowid, `ORDER BY ${order} LIMIT @limit`))
    .pluck()
    .all({ ...page.params, match: page.match, limit }) as number[]
  return { count, ids }
}

/** How to rank one table's matches (see match-plan.ts). */
export interface RankPlan {
  set: MatchSet
  /** The same matches narrowed by per-match checks, for the newest-first page. */
  newest: MatchSet
  pass: Pass
}

/** The page of matches (at most `limit`) and how many there are, by the given plan. */
export function rankMatches(db: Db, plan: RankPlan, limit: number): Ranked {
  return plan.pass === 'one' ? onePass(db, plan.set, limit) : countFirst(db, plan.set, plan.newest, limit)
}
