// Bulk writes of articles and annotations (a bundle import) keep their new rows out of the full-text
// indexes while they write, and either index them in one statement at the end or list them in a
// backlog that catchUpSearchIndex takes in just after the import has answered (migrations 009, 010).
// A trigger per row cost a fifth of writing the annotations and two thirds of writing the articles.
//
// The insert trigger is taken out for the bulk write, not told to stand aside: even a trigger whose
// WHEN is false runs a program per row. Dropping and creating it again are statements of the write's
// own transaction, so no committed state, and no rollback, lacks the trigger. New rows take rowids
// above the largest before them (SQLite's rule while rowids stay below 2^63), which is how they are
// found. A row in a backlog is not in the index: the triggers that take a changed or deleted row out
// of the index leave it alone, and catching up reads each row as it stands then.
import type { Db } from '../db/connection'
import { statement } from '../db/statements'

/** A table with a full-text index kept by triggers, and its backlog. */
interface Indexed {
  table: 'annotation' | 'article'
  fts: string
  backlog: string
  insertTrigger: string
  /** The indexed columns, as the index and the table name them. */
  columns: string
}

export const ANNOTATION_INDEX: Indexed = {
  table: 'annotation',
  fts: 'annotation_fts',
  backlog: 'annotation_fts_backlog',
  insertTrigger: 'annotation_fts_insert',
  columns: 'exact, tag, attributes, note'
}

export const ARTICLE_INDEX: Indexed = {
  table: 'article',
  fts: 'article_fts',
  backlog: 'article_fts_backlog',
  insertTrigger: 'article_fts_insert',
  columns: 'title, text'
}

/** The SQL that creates each insert trigger, read once per connection. */
const triggerSql = new WeakMap<Db, Map<string, string>>()

function createTriggerSql(db: Db, trigger: string): string {
  let known = triggerSql.get(db)
  if (!known) triggerSql.set(db, (known = new Map()))
  let sql = known.get(trigger)
  if (sql === undefined) {
    sql = statement(db, "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?")
      .pluck()
      .get(trigger) as string
    known.set(trigger, sql)
  }
  return sql
}

const maxRowid = (db: Db, index: Indexed) =>
  (statement(db, `SELECT max(rowid) FROM ${index.table}`).pluck().get() as number | null) ?? 0

/**
 * Runs `write`, which only inserts rows into `index`'s table, without the insert trigger; then
 * indexes the new rows (`when` 'now') or lists them in the backlog ('later'). One transaction.
 */
export function writeUnindexed<T>(db: Db, index: Indexed, when: 'now' | 'later', write: () => T): T {
  return db.transaction(() => {
    const last = maxRowid(db, index)
    const trigger = createTriggerSql(db, index.insertTrigger)
    db.exec(`DROP TRIGGER ${index.insertTrigger}`)
    const result = write()
    db.exec(trigger)
    if (when === 'now') indexRows(db, index, 'after', last)
    else postpone(db, index, last)
    return result
  })()
}

/** Whether the backlog holds row `a`. */
const inBacklog = (index: Indexed) =>
  `EXISTS (SELECT 1 FROM ${index.backlog} b WHERE a.rowid BETWEEN b.first_rowid AND b.last_rowid)`

/**
 * Adds rows to the full-text index: those with rowids above `after` that the backlog does not hold
 * (it may, where a new row took the rowid of a deleted one), or those the backlog holds, each once
 * however its ranges overlap.
 */
function indexRows(db: Db, index: Indexed, rows: 'after' | 'backlog', after = 0): void {
  const where =
    rows === 'after'
      ? `a.rowid > ? AND NOT ${inBacklog(index)}`
      : `a.rowid BETWEEN (SELECT min(first_rowid) FROM ${index.backlog})
           AND (SELECT max(last_rowid) FROM ${index.backlog}) AND ${inBacklog(index)}`
  const columns = index.columns
    .split(', ')
    .map((column) => `a.${column}`)
    .join(', ')
  const insert = statement(
    db,
    `INSERT INTO ${index.fts} (rowid, ${index.columns}) SELECT a.rowid, ${columns} FROM ${index.table} a WHERE ${where}`
  )
  if (rows === 'after') insert.run(after)
  else insert.run()
}

/** Lists the rows above `last` in the backlog, extending the range that ends at `last` if there is one. */
function postpone(db: Db, index: Indexed, last: number): void {
  const top = maxRowid(db, index)
  if (top <= last) return
  const extended = statement(db, `UPDATE ${index.backlog} SET last_rowid = ? WHERE last_rowid = ?`).run(top, last)
  if (extended.changes === 0) {
    statement(db, `INSERT INTO ${index.backlog} (first_rowid, last_rowid) VALUES (?, ?)`).run(last + 1, top)
  }
}

/**
 * Brings the full-text indexes up to date with the rows bulk writes left in their backlogs, reading
 * each row as it stands now; whether there was anything to do. Cheap when there is nothing: search
 * calls it every time.
 */
export function catchUpSearchIndex(db: Db): boolean {
  const behind = [ANNOTATION_INDEX, ARTICLE_INDEX].filter((index) =>
    statement(db, `SELECT 1 FROM ${index.backlog} LIMIT 1`).get()
  )
  if (behind.length === 0) return false
  db.transaction(() => {
    for (const index of behind) {
      indexRows(db, index, 'backlog')
      statement(db, `DELETE FROM ${index.backlog}`).run()
    }
  })()
  return true
}
