import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { openDatabase, type Db } from '../../db/connection'
import { MIGRATIONS, migrate } from '../../db/migrations'
import type { ArticleDraft } from '../../../shared/model'
import { createAnnotation, deleteAnnotation, insertAnnotation } from '../annotations'
import { insertArticle, setArticleStatus, updateArticle } from '../corpus'
import { setProfile } from '../profile'
import { RANKED_UP_TO, search, type SearchInput } from './search'

function draft(text: string, title: string, outlet: string, publishedDate: string): ArticleDraft {
  return { title, outlet, url: null, publishedDate, language: 'en', text, rawText: text, removed: [] }
}

const CALL = 'Biden 🇺🇸 warned Putin 😀 about troops. Some 100,000 troops massed near Ukraine.'
const TALKS = 'The talks were "serious and substantive", an aide said. No troops were mentioned.'
const CAFE = 'A café in Kyiv reopened; soldiers queued for coffee.'

function corpus(db: Db = openDatabase(':memory:')) {
  const call = insertArticle(db, draft(CALL, 'Biden warns Putin', 'Wire', '2021-12-30'), 'call.txt', 'now')
  const talks = insertArticle(db, draft(TALKS, 'Talks in Geneva', 'Herald', '2022-01-10'), 'talks.txt', 'now')
  const cafe = insertArticle(db, draft(CAFE, 'Kyiv morning', 'Wire', '2022-02-01'), 'cafe.txt', 'now')
  const ada = setProfile(db, 'Ada Analyst')
  return { db, call, talks, cafe, ada }
}

const matches = (db: Db, query: string, options = {}) =>
  search(db, { query, ...options }).hits.map((hit) => `${hit.articleId}:${hit.field}:${hit.match}`)

describe('searching article text', () => {
  it('returns each hit at its UTF-16 offsets in the article text, after flags and emoji', () => {
    const { db, call } = corpus()
    const hits = search(db, { query: 'troops', scope: 'text' }).hits.filter((h) => h.articleId === call)
    expect(hits.map((h) => [h.start, h.end])).toEqual([
      [CALL.indexOf('troops'), CALL.indexOf('troops') + 6],
      [CALL.lastIndexOf('troops'), CALL.lastIndexOf('troops') + 6]
    ])
    for (const hit of hits) expect(CALL.slice(hit.start, hit.end)).toBe('troops')
    expect(hits[0]).toMatchObject({
      before: 'Biden 🇺🇸 warned Putin 😀 about ',
      after: '. Some 100,000 troops massed near Ukraine.'
    })
  })

  it('finds phrases, prefixes, words without accents, and combines them with AND, OR and NOT', () => {
    const { db, call, talks, cafe } = corpus()
    expect(matches(db, '"serious and substantive"', { scope: 'text' })).toEqual([
      `${talks}:text:serious and substantive`
    ])
    expect(matches(db, '"serious substantive"', { scope: 'text' })).toEqual([])
    expect(matches(db, 'sold*', { scope: 'text' })).toEqual([`${cafe}:text:soldiers`])
    expect(matches(db, 'cafe', { scope: 'text' })).toEqual([`${cafe}:text:café`])
    expect(new Set(search(db, { query: 'troops NOT aide' }).hits.map((h) => h.articleId))).toEqual(new Set([call]))
    expect(new Set(search(db, { query: 'soldiers OR aide' }).hits.map((h) => h.articleId))).toEqual(
      new Set([talks, cafe])
    )
    expect(search(db, { query: 'troops Kyiv' }).hits).toEqual([])
  })

  it('shows a title-only match as a hit in the title', () => {
    const { db, talks } = corpus()
    expect(search(db, { query: 'Geneva' }).hits).toMatchObject([
      { articleId: talks, field: 'title', start: 9, end: 15, match: 'Geneva' }
    ])
  })

  it('filters by outlet, date range, tag and analyst', () => {
    const { db, call, talks, ada } = corpus()
    expect(new Set(search(db, { query: 'troops', outlet: 'herald' }).hits.map((h) => h.articleId))).toEqual(
      new Set([talks])
    )
    expect(new Set(search(db, { query: 'troops', to: '2021-12-31' }).hits.map((h) => h.articleId))).toEqual(
      new Set([call])
    )
    expect(search(db, { query: 'troops', from: '2022-03-01' }).hits).toEqual([])
    createAnnotation(db, ada, { articleId: talks, tag: 'quote', start: 15, end: 40 })
    expect(new Set(search(db, { query: 'troops', tag: 'quote', scope: 'text' }).hits.map((h) => h.articleId))).toEqual(
      new Set([talks])
    )
    expect(search(db, { query: 'troops', analyst: 'ada analyst', scope: 'text' }).hits.length).toBe(1)
    expect(search(db, { query: 'troops', analyst: 'Bob', scope: 'text' }).hits).toEqual([])
  })

  it('refuses an empty date range and an unknown status, by name', () => {
    const { db } = corpus()
    expect(() => search(db, { query: 'troops', from: '2022-02-01', to: '2022-01-01' })).toThrow(/range is empty/)
    expect(() => search(db, { query: 'troops', status: 'finished' })).toThrow(/not "finished"/)
  })

  it('filters by article status', () => {
    const { db } = corpus()
    const all = search(db, { query: 'troops', scope: 'text' }).hits
    expect(all.length).toBeGreaterThan(0)
    expect(search(db, { query: 'troops', scope: 'text', status: 'done' }).hits).toEqual([])
    setArticleStatus(db, all[0].articleId, 'done')
    const done = search(db, { query: 'troops', scope: 'text', status: 'done' }).hits
    expect(done.length).toBeGreaterThan(0)
    expect(done.every((hit) => hit.articleId === all[0].articleId)).toBe(true)
  })

  it('reports how many articles matched and that the list was cut at the limit', () => {
    const { db } = corpus()
    const results = search(db, { query: 'troops OR soldiers', scope: 'text', limit: 1 })
    expect(results).toMatchObject({ articleCount: 3, truncated: true })
    expect(new Set(results.hits.map((h) => h.articleId)).size).toBe(1)
  })
})

describe('searching annotations', () => {
  it('matches quote, tag, attributes and note, and gives the annotation span with its stored context', () => {
    const { db, call, ada } = corpus()
    const start = CALL.indexOf('Some 100,000')
    const figure = createAnnotation(db, ada, {
      articleId: call,
      tag: 'figure',
      start,
      end: start + 'Some 100,000 troops'.length,
      attributes: { value: 100000, unit: 'troops', approximate: true },
      note: 'Pentagon estimate'
    })
    for (const query of ['100,000', 'figure', 'approximate', 'pentagon'])
      expect(search(db, { query, scope: 'annotations' }).hits).toMatchObject([
        {
          field: 'annotation',
          articleId: call,
          start,
          end: figure.end,
          match: 'Some 100,000 troops',
          before: figure.quote.prefix,
          after: figure.quote.suffix,
          annotation: { id: figure.id, tag: 'figure', creator: 'Ada Analyst' }
        }
      ])
    expect(search(db, { query: 'pentagon', scope: 'annotations', tag: 'quote' }).hits).toEqual([])
    expect(search(db, { query: 'pentagon', scope: 'annotations', outlet: 'Herald' }).hits).toEqual([])
    const filtered = { query: 'pentagon', scope: 'annotations', outlet: 'wire', analyst: 'ada analyst', tag: 'figure' }
    expect(search(db, filtered as SearchInput).hits.map((h) => h.annotation?.id)).toEqual([figure.id])
  })
})

describe('the index stays in step with every write', () => {
  it('follows articles inserted, retitled and deleted', () => {
    const { db, call } = corpus()
    updateArticle(db, call, { title: 'Moscow briefing' })
    expect(matches(db, 'Moscow')).toEqual([`${call}:title:Moscow`])
    expect(matches(db, 'warns')).toEqual([])
    db.prepare('DELETE FROM article WHERE id = ?').run(call)
    expect(matches(db, 'Putin')).toEqual([])
  })

  it('follows annotations created, imported, edited and deleted (and deleted with their article)', () => {
    const { db, call, talks, ada } = corpus()
    const made = createAnnotation(db, ada, { articleId: talks, tag: 'claim', start: 0, end: 9, note: 'aide-sourced' })
    expect(matches(db, 'aide', { scope: 'annotations' })).toEqual([`${talks}:annotation:The talks`])
    db.prepare(`UPDATE annotation SET note = 'confirmed' WHERE id = ?`).run(made.id)
    expect(matches(db, 'aide', { scope: 'annotations' })).toEqual([])
    expect(matches(db, 'confirmed', { scope: 'annotations' })).toEqual([`${talks}:annotation:The talks`])
    deleteAnnotation(db, made.id)
    expect(matches(db, 'confirmed', { scope: 'annotations' })).toEqual([])
    insertAnnotation(db, { ...made, id: '01890000-0000-7000-8000-000000000001', articleId: call, note: 'imported' })
    expect(matches(db, 'imported', { scope: 'annotations' })).toEqual([`${call}:annotation:The talks`])
    db.prepare('DELETE FROM article WHERE id = ?').run(call)
    expect(matches(db, 'imported', { scope: 'annotations' })).toEqual([])
    expect(db.prepare(`INSERT INTO annotation_fts (annotation_fts) VALUES ('integrity-check')`).run()).toBeTruthy()
    expect(db.prepare(`INSERT INTO article_fts (article_fts) VALUES ('integrity-check')`).run()).toBeTruthy()
  })

  it('indexes the articles and annotations already in a corpus when the migration runs', () => {
    const db = new Database(':memory:')
    db.pragma('foreign_keys = ON')
    // Every migration before the search index's, as a corpus from before it would have.
    const before = MIGRATIONS.findIndex((m) => m.name === '005-search')
    for (const migration of MIGRATIONS.slice(0, before)) db.exec(migration.sql)
    db.pragma(`user_version = ${before}`)
    const { call, ada } = corpus(db as Db)
    // corpus() ran on a database without the search tables only if migrate has not; check it had not.
    expect(db.prepare(`SELECT count(*) FROM sqlite_master WHERE name = 'article_fts'`).pluck().get()).toBe(0)
    createAnnotation(db, ada, { articleId: call, tag: 'figure', start: 0, end: 5, note: 'earlier work' })
    migrate(db)
    expect(matches(db, 'Putin', { scope: 'text' })).toEqual([`${call}:text:Putin`])
    expect(matches(db, 'earlier', { scope: 'annotations' })).toEqual([`${call}:annotation:Biden`])
  })
})

describe('ordering results', () => {
  it('ranks by relevance up to RANKED_UP_TO matches and shows the newest first beyond', () => {
    const db = openDatabase(':memory:')
    const add = (text: string) =>
      insertArticle(db, draft(text, 'Report', 'Wire', '2022-01-01'), `${Math.random()}`, 'now')
    const dense = add('Troops, troops and troops.')
    add('Troops once, among many other words that dilute it in this longer article about the talks.')
    expect(search(db, { query: 'troops', scope: 'text' }).hits[0].articleId).toBe(dense)
    let last = 0
    db.transaction(() => {
      for (let i = 0; i < RANKED_UP_TO; i++)
        last = add(`Troops in report ${i}, with more words to make it longer than the dense one.`)
    })()
    const results = search(db, { query: 'troops', scope: 'text', limit: 3, hitsPerArticle: 1 })
    expect(results.articleCount).toBe(RANKED_UP_TO + 2)
    expect(results.hits.map((h) => h.articleId)).toEqual([last, last - 1, last - 2])
  })
})
