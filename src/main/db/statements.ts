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
