import Database from 'better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase } from './connection'
import { MIGRATIONS, migrate } from './migrations'

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))

describe('migrations', () => {
  it('bring a new database to the latest schema version and record it in user_version', () => {
    const db = new Database(':memory:')
    expect(migrate(db)).toBe(MIGRATIONS.length)
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length)
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all()
    expect(tables).toEqual(
      expect.arrayContaining([
        'analyst',
        'annotation',
        'annotation_history',
        'annotation_tombstone',
        'annotation_fts',
        'article',
        'article_fts',
        'change_item',
        'change_step',
        'orphan',
        'setting',
        'story',
        'story_article',
        'suggestion_rejection',
        'tag',
        'tag_rule'
      ])
    )
  })

  it('run nothing on a database that is up to date', () => {
    const db = new Database(':memory:')
    migrate(db)
    expect(migrate(db)).toBe(0)
  })

  it('refuse a database from a newer workbench', () => {
    const db = new Database(':memory:')
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`)
    expect(() => migrate(db)).toThrow(/newer than this workbench/)
  })

  it('open a file database with WAL and foreign keys, and keep its data across reopening', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wb-db-'))
    dirs.push(dir)
    const db = openDatabase(dir)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    db.prepare(`INSERT INTO setting (key, value) VALUES ('k', 'v')`).run()
    db.close()
    const again = openDatabase(dir)
    expect(again.prepare(`SELECT value FROM setting WHERE key = 'k'`).pluck().get()).toBe('v')
    again.close()
  })

  it('seed the three built-in tags with keys 1, 2 and 3', () => {
    const db = openDatabase(':memory:')
    expect(db.prepare('SELECT name, key FROM tag ORDER BY position').all()).toEqual([
      { name: 'claim', key: '1' },
      { name: 'quote', key: '2' },
      { name: 'figure', key: '3' }
    ])
  })
})
