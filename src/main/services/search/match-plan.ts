// How to run one FTS5 table's part of a search, chosen by estimated selectivity. A filter narrows the
// matches either through the set of rowids it allows, built once per statement from an index
// (`+rowid IN (SELECT …)`), or by a check of each match (`EXISTS (… rowid = match …)`); and the
// matches are either all scored in one pass or counted first (ranked-matches.ts). Every choice gives
// the same results; the estimates decide only the speed.
import type { Db } from '../../db/connection'
import { statement } from '../../db/statements'
import { termsOf } from './find-terms'
import type { MatchSet, Pass, RankPlan } from './ranked-matches'
import { toFtsMatch, type QueryNode } from './search-query'

/** One filter as the two SQL forms that narrow a table's matches, and the size of what it allows. */
export interface Narrowing {
  /** SQL for `+rowid IN (…)`: the rowids of the table's content that the filter allows. */
  allowed: string
  /** SQL condition checked per match, naming the match as `${table}.rowid`. */
  check: string
  params: Record<string, string>
  /** How many rows the filter allows (estimated). */
  size: number
}

/** Forces a way of running, for tests that prove every way gives the same results. */
export interface ForcedPlan {
  pass?: Pass
  narrowing?: 'set' | 'check'
}

/**
 * Up to this many estimated matches are scored in one pass. Scoring a match costs about 5 µs, a
 * second pass over the index about as much as the first; so one pass wins while few match, and an
 * estimate that is 2× too low still stays under RANKED_UP_TO.
 */
const ONE_PASS_UP_TO = 1000

/**
 * A set costs about one index entry read and one insert per allowed row; a check costs one lookup
 * per match, about twice as much. So a set wins while it holds fewer rows than twice the matches.
 */
const SET_PER_MATCH = 2

const capped = (db: Db, table: string, match: string, cap: number): number =>
  statement(db, `SELECT count(*) FROM (SELECT 1 FROM ${table} WHERE ${table} MATCH ? LIMIT ?)`)
    .pluck()
    .get(match, cap) as number

/**
 * At most how many rows of `table` the query matches, counted no further than `cap`: each word's
 * and prefix's own count, the rarest word of a phrase or an AND, the sum of an OR's parts. Reading a
 * word's list of rows is cheap; matching a phrase of common words ("the call lasted 50 minutes")
 * reads their positions in every row and is not done here.
 */
export function estimateMatches(db: Db, table: string, node: QueryNode, cap: number): number {
  switch (node.kind) {
    case 'word':
      return capped(db, table, toFtsMatch(node), cap)
    case 'phrase': {
      const tokens = termsOf(node)[0]?.tokens ?? []
      return Math.min(cap, ...tokens.map((token) => capped(db, table, `"${token.replace(/"/g, '""')}"`, cap)))
    }
    case 'and':
      return Math.min(...node.items.map((item) => estimateMatches(db, table, item, cap)))
    case 'or':
      return Math.min(
        cap,
        node.items.reduce((sum, item) => sum + estimateMatches(db, table, item, cap), 0)
      )
    case 'not':
      return estimateMatches(db, table, node.keep, cap)
  }
}

/**
 * The table's matches narrowed by the filters, and the pass to rank them with. `total` is the
 * number of rows in the table's content.
 */
export function planMatches(
  db: Db,
  base: Omit<MatchSet, 'where' | 'params'>,
  query: QueryNode,
  narrowings: Narrowing[],
  total: number,
  forced: ForcedPlan = {}
): RankPlan {
  const share = narrowings.reduce((product, n) => product * Math.min(1, n.size / Math.max(1, total)), 1)
  const largest = Math.max(0, ...narrowings.map((n) => n.size))
  let matches: number
  if (total * share <= ONE_PASS_UP_TO && largest <= SET_PER_MATCH * ONE_PASS_UP_TO) {
    // So few rows pass the filters that they fit one pass whatever the query, and their sets are
    // small: no need to count the query's words.
    matches = total
  } else {
    // Count far enough to tell whether the narrowed matches fit one pass, and whether a set is cheaper.
    const cap = Math.min(total, Math.max(Math.ceil((ONE_PASS_UP_TO + 1) / Math.max(share, 1e-9)), largest)) + 1
    matches = estimateMatches(db, base.table, query, cap)
  }
  const where: string[] = []
  let params: Record<string, string> = {}
  for (const n of narrowings) {
    const useSet = forced.narrowing ? forced.narrowing === 'set' : n.size <= SET_PER_MATCH * matches
    where.push(useSet ? `+${base.table}.rowid IN (${n.allowed})` : n.check)
    params = { ...params, ...n.params }
  }
  const pass = forced.pass ?? (matches * share <= ONE_PASS_UP_TO ? 'one' : 'count-first')
  const checks = forced.narrowing === 'set' ? where : narrowings.map((n) => n.check)
  return { set: { ...base, where, params }, newest: { ...base, where: checks, params }, pass }
}
