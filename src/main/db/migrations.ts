import type { Database } from 'better-sqlite3'
import m001 from './migrations/001-initial.sql?raw'
import m002 from './migrations/002-editing.sql?raw'
import m003 from './migrations/003-exchange.sql?raw'
import m004 from './migrations/004-suggest.sql?raw'
import m005 from './migrations/005-search.sql?raw'
import m006 from './migrations/006-adjudication.sql?raw'
import m007 from './migrations/007-search-filters.sql?raw'
import m008 from './migrations/008-bulk-index.sql?raw'
import m009 from './migrations/009-search-backlog.sql?raw'
import m010 from './migrations/010-article-backlog.sql?raw'

/**
 * The schema's history, oldest first. A migration is never edited once released: add a numbered
 * file. `PRAGMA user_version` records how many have been applied.
 */
export const MIGRATIONS: readonly { name: string; sql: string }[] = [
  { name: '001-initial', sql: m001 },
  { name: '002-editing', sql: m002 },
  { name: '003-exchange', sql: m003 },
  { name: '004-suggest', sql: m004 },
  { name: '005-search', sql: m005 },
  { name: '006-adjudication', sql: m006 },
  { name: '007-search-filters', sql: m007 },
  { name: '008-bulk-index', sql: m008 },
  { name: '009-search-backlog', sql: m009 },
  { name: '010-article-backlog', sql: m010 }
]

/**
 * Applies the migrations the database has not seen, each in its own transaction, and returns how
 * many ran. Refuses a database written by a newer version of the workbench.
 */
export function migrate(db: Database): number {
  const current = db.pragma('user_version', { simple: true }) as number
  if (current > MIGRATIONS.length) {
    throw new Error(
      `the corpus database has schema version ${current}, newer than this workbench knows (${MIGRATIONS.length}); update the workbench`
    )
  }
  const pending = MIGRATIONS.slice(current)
  pending.forEach((migration, index) => {
    db.transaction(() => {
      db.exec(migration.sql)
      db.pragma(`user_version = ${current + index + 1}`)
    })()
  })
  return pending.length
}
