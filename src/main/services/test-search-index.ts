// Test helpers for the full-text indexes and their backlogs (search-backlog.ts).
import { expect } from 'vitest'
import type { Db } from '../db/connection'
import { catchUpSearchIndex } from './search-backlog'

/** The SQL of trigger `name` as the database holds it now. */
export const triggerSql = (db: Db, name: string): unknown =>
  db.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?").pluck().get(name)

type Fts = 'annotation_fts' | 'article_fts'

/** Checks index `fts` whole, against the rows of its table too (FTS5's integrity-check with rank 1). */
export function expectIndexSound(db: Db, fts: Fts): void {
  expect(() => db.prepare(`INSERT INTO ${fts} (${fts}, rank) VALUES ('integrity-check', 1)`).run()).not.toThrow()
}

/** Catches the indexes up, checks that a second call finds nothing to do, and checks index `fts` whole. */
export function expectCaughtUp(db: Db, fts: Fts): void {
  expect(catchUpSearchIndex(db)).toBe(true)
  expect(catchUpSearchIndex(db)).toBe(false)
  expectIndexSound(db, fts)
}
