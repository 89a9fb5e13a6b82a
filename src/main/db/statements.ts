import type { Statement } from 'better-sqlite3'
import type { Db } from './connection'

const cache = new WeakMap<Db, Map<string, Statement>>()

/**
 * The prepared statement for `sql` on this connection, prepared once. Preparing costs about as much
 * as running a small insert, so hot paths (import, bulk tagging) must not prepare per row.
 */
export function statement(db: Db, sql: string): Statement {
  let statements = cache.get(db)
  if (!statements) cache.set(db, (statements = new Map()))
  let prepared = statements.get(sql)
  if (!prepared) statements.set(sql, (prepared = db.prepare(sql)))
  return prepared
}

/**
 * Rows per statement in insertRows: far cheaper per row than one statement each, and 100 rows of up
 * to 14 values stay far below SQLite's limit of 32,766 bound values.
 */
const ROWS_PER_STATEMENT = 100

/**
 * Inserts rows given as their values one row after another, `columns` values each, many rows to a
 * statement. `insert` is the statement up to its values (`INSERT INTO t (a, b)`), `tail` what follows
 * them (an ON CONFLICT clause). Call inside a transaction when the rows must go in all or none.
 */
export function insertRows(db: Db, insert: string, columns: number, values: readonly unknown[], tail = ''): void {
  const rows = values.length / columns
  const row = `(${'?,'.repeat(columns - 1)}?)`
  for (let at = 0; at < rows; at += ROWS_PER_STATEMENT) {
    const count = Math.min(ROWS_PER_STATEMENT, rows - at)
    const sql = `${insert} VALUES ${Array.from({ length: count }, () => row).join(',')}${tail}`
    statement(db, sql).run(values.slice(at * columns, (at + count) * columns))
  }
}

/**
 * Ids per statement of writes that name their rows by a JSON list (`WHERE id IN (SELECT value FROM
 * json_each(?))`): a statement whose rows fire triggers sets them up once for all its rows, which
 * made deleting 20,000 annotations 3.6 times faster than one statement each.
 */
export const IDS_PER_STATEMENT = 500

/** `items` in consecutive slices of at most `size`. */
export function* slicesOf<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let at = 0; at < items.length; at += size) yield items.slice(at, at + size)
}
