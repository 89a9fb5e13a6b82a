import { describe, expect, it } from 'vitest'
import { openDatabase } from '../db/connection'
import { insertArticle, updateArticle } from './corpus'
import { ARTICLE_INDEX, writeUnindexed } from './search-backlog'
import { expectCaughtUp, triggerSql } from './test-search-index'
import { plainDraft } from './test-drafts'

const STAMP = '2026-01-01T00:00:00.000Z'

describe('articles written without the search index', () => {
  it('are found once it catches up, whatever happened to them meanwhile, and the trigger is back', () => {
    const db = openDatabase(':memory:')
    const trigger = () => triggerSql(db, 'article_fts_insert')
    const before = trigger()
    const matches = (query: string) =>
      db.prepare('SELECT count(*) FROM article_fts WHERE article_fts MATCH ?').pluck().get(query)
    const backlog = () => db.prepare('SELECT first_rowid, last_rowid FROM article_fts_backlog').raw().all()
    const kept = insertArticle(db, plainDraft('kept before the import', 'Kept'), 'k.txt', STAMP)
    const ids = writeUnindexed(db, ARTICLE_INDEX, 'later', () =>
      ['alpha troops', 'beta talks', 'gamma border'].map((text, n) =>
        insertArticle(db, plainDraft(text, `Report ${n}`), `${n}.txt`, STAMP)
      )
    )
    expect(trigger()).toBe(before)
    expect(backlog()).toEqual([[ids[0], ids[2]]])
    expect([matches('alpha'), matches('kept')]).toEqual([0, 1])
    // Meanwhile: one renamed, the last deleted, and a new one that takes the deleted one's id.
    updateArticle(db, ids[0], { title: 'Renamed' })
    db.prepare('DELETE FROM article WHERE id = ?').run(ids[2])
    const late = insertArticle(db, plainDraft('delta ceasefire', 'Late'), 'late.txt', STAMP)
    expect(late).toBe(ids[2])
    expectCaughtUp(db, 'article_fts')
    expect(backlog()).toEqual([])
    expect([matches('alpha'), matches('renamed'), matches('beta'), matches('gamma'), matches('ceasefire')]).toEqual([
      1, 1, 1, 0, 1
    ])
    expect(kept).toBe(1)
  })

  it('are indexed at once with "now", and a failed write leaves neither rows nor a missing trigger', () => {
    const db = openDatabase(':memory:')
    const matches = (query: string) =>
      db.prepare('SELECT count(*) FROM article_fts WHERE article_fts MATCH ?').pluck().get(query)
    writeUnindexed(db, ARTICLE_INDEX, 'now', () => insertArticle(db, plainDraft('alpha'), 'a.txt', STAMP))
    expect(matches('alpha')).toBe(1)
    expect(() =>
      writeUnindexed(db, ARTICLE_INDEX, 'later', () => {
        insertArticle(db, plainDraft('beta'), 'b.txt', STAMP)
        insertArticle(db, plainDraft('alpha'), 'again.txt', STAMP)
      })
    ).toThrow(/UNIQUE/)
    expect(db.prepare('SELECT count(*) FROM article').pluck().get()).toBe(1)
    expect(db.prepare('SELECT count(*) FROM article_fts_backlog').pluck().get()).toBe(0)
    insertArticle(db, plainDraft('gamma'), 'c.txt', STAMP)
    expect(matches('gamma')).toBe(1)
  })
})
