import Database from 'better-sqlite3'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { migrate } from './migrations'

export type Db = Database.Database

export interface OpenOptions {
  /** Path of an Electron-ABI build of better-sqlite3, when running inside Electron. */
  nativeBinding?: string
}

/** The database file inside a data directory. */
export const DATABASE_FILE = 'corpus.sqlite'

/**
 * Opens (creating if needed) the corpus in `dataDir`, or an in-memory corpus for ':memory:', with
 * WAL, foreign keys and all migrations applied.
 */
export function openDatabase(dataDir: string, options: OpenOptions = {}): Db {
  let file = dataDir
  if (dataDir !== ':memory:') {
    mkdirSync(dataDir, { recursive: true })
    file = join(dataDir, DATABASE_FILE)
  }
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
  db.pragma('journal_mode = WAL')
  db.pragma('foreign_keys = ON')
  // FULL: a committed annotation survives a power cut, not only a crash of the app.
  db.pragma('synchronous = FULL')
  db.pragma('busy_timeout = 5000')
  migrate(db)
  return db
}
