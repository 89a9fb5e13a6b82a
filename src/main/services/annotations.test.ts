import { describe, expect, it } from 'vitest'
import { openDatabase } from '../db/connection'
import { UserError } from '../../shared/errors'
import {
  createAnnotation,
  deleteAnnotation,
  insertAnnotationRows,
  insertNewAnnotationRows,
  listAnnotations,
  replaceAnnotation
} from './annotations'
import { annotationRowValues } from './annotation-row'
import { expectCaughtUp, triggerSql } from './test-search-index'
import type { Db } from '../db/connection'
import { insertArticle } from './corpus'
import { setProfile } from './profile'
import { plainDraft } from './test-drafts'

/** The SQL of the annotation insert trigger as the database holds it now. */
const insertTriggerSql = (db: Db) => triggerSql(db, 'annotation_fts_insert')

function corpusWith(text: string) {
  const db = openDatabase(':memory:')
  const analyst = setProfile(db, 'Ada')
  const articleId = insertArticle(db, plainDraft(text), 'a.txt', '2026-01-01T00:00:00.000Z')
  return { db, analyst, articleId }
}

describe('annotations', () => {
  it('store the quote with its context and the analyst who made it', () => {
    const text = 'Officials said 😀 some 100,000 troops massed near the border.'
    const { db, analyst, articleId } = corpusWith(text)
    const start = text.indexOf('100,000 troops')
    const made = createAnnotation(db, analyst, { articleId, tag: 'figure', start, end: start + 14 })
    expect(made.quote.exact).toBe('100,000 troops')
    expect(made.quote.prefix).toBe('Officials said 😀 some ')
    expect(made.creator).toEqual(analyst)
    expect(made.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/)
    expect(listAnnotations(db, articleId)).toEqual([made])
  })

  it('list in reading order, the longer of two spans that start together first', () => {
    const { db, analyst, articleId } = corpusWith('alpha beta gamma delta')
    createAnnotation(db, analyst, { articleId, tag: 'claim', start: 11, end: 16 })
    createAnnotation(db, analyst, { articleId, tag: 'figure', start: 0, end: 5 })
    createAnnotation(db, analyst, { articleId, tag: 'quote', start: 0, end: 10 })
    expect(listAnnotations(db, articleId).map((a) => a.tag)).toEqual(['quote', 'figure', 'claim'])
  })

  it('refuse a span that cuts an emoji, an unknown tag and an unknown article, writing nothing', () => {
    const { db, analyst, articleId } = corpusWith('a😀b')
    expect(() => createAnnotation(db, analyst, { articleId, tag: 'claim', start: 0, end: 2 })).toThrow(UserError)
    expect(() => createAnnotation(db, analyst, { articleId, tag: 'nope', start: 0, end: 1 })).toThrow(/no tag "nope"/)
    expect(() => createAnnotation(db, analyst, { articleId: 99, tag: 'claim', start: 0, end: 1 })).toThrow(
      /no article 99/
    )
    expect(listAnnotations(db, articleId)).toEqual([])
  })

  it('delete by id, and say so clearly when the annotation is already gone', () => {
    const { db, analyst, articleId } = corpusWith('alpha beta')
    const made = createAnnotation(db, analyst, { articleId, tag: 'claim', start: 0, end: 5 })
    expect(deleteAnnotation(db, made.id)).toEqual({ id: made.id, articleId })
    expect(() => deleteAnnotation(db, made.id)).toThrow(/already have been deleted/)
  })

  it('store validated attributes and a note with a new annotation, and refuse bad ones', () => {
    const { db, analyst, articleId } = corpusWith('some 100,000 troops')
    const made = createAnnotation(db, analyst, {
      articleId,
      tag: 'figure',
      start: 5,
      end: 19,
      attributes: { value: 100000, unit: 'troops', approximate: true, qualifier: 'some' },
      note: 'US intelligence estimate'
    })
    expect(made.attributes).toEqual({ value: 100000, unit: 'troops', approximate: true, qualifier: 'some' })
    expect(made.note).toBe('US intelligence estimate')
    expect(() =>
      createAnnotation(db, analyst, { articleId, tag: 'figure', start: 5, end: 19, attributes: { valueHigh: 5 } })
    ).toThrow(/figure's attributes/)
    expect(listAnnotations(db, articleId)).toHaveLength(1)
  })

  it('written many to a statement, are all stored and indexed for search, and an id already stored stays as it was', () => {
    const text = 'alpha beta gamma delta'
    const { db, analyst, articleId } = corpusWith(text)
    const kept = createAnnotation(db, analyst, { articleId, tag: 'claim', start: 0, end: 5 })
    const stamp = '2026-02-01T00:00:00.000Z'
    const many = Array.from({ length: 250 }, (_, n) => ({
      ...kept,
      id: `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`,
      tag: 'quote',
      start: 6,
      end: 10,
      quote: { exact: 'beta', prefix: 'alpha ', suffix: ' gamma delta' },
      note: n % 2 === 0 ? 'wire copy' : '',
      created: stamp,
      modified: stamp
    }))
    insertNewAnnotationRows(db, [...many, { ...kept, tag: 'figure', note: 'changed' }])
    const stored = listAnnotations(db, articleId)
    expect(stored).toHaveLength(251)
    expect(stored.find((annotation) => annotation.id === kept.id)).toEqual(kept)
    expect(stored.filter((annotation) => annotation.tag === 'quote')).toEqual(
      [...many].sort((a, b) => (a.id < b.id ? -1 : 1))
    )
    const matches = (query: string) =>
      db.prepare('SELECT count(*) FROM annotation_fts WHERE annotation_fts MATCH ?').pluck().get(query)
    expect(matches('beta')).toBe(250)
    expect(matches('wire')).toBe(125)
    expect(() =>
      db.prepare("INSERT INTO annotation_fts (annotation_fts) VALUES ('integrity-check')").run()
    ).not.toThrow()
    // The trigger is back and indexes single writes again afterwards.
    expect(insertTriggerSql(db)).toMatch(/^CREATE TRIGGER annotation_fts_insert AFTER INSERT ON annotation/)
    createAnnotation(db, analyst, { articleId, tag: 'claim', start: 11, end: 16 })
    expect(matches('gamma')).toBe(1)
  })

  it('write many rows all or nothing: a bad row leaves none of them, nor the index paused', () => {
    const { db, analyst, articleId } = corpusWith('alpha beta gamma delta')
    const row = (n: number, article: number) => ({
      id: `0190a0c0-0000-7000-8000-${String(n).padStart(12, '0')}`,
      articleId: article,
      creator: analyst,
      tag: 'quote',
      start: 6,
      end: 10,
      quote: { exact: 'beta', prefix: 'alpha ', suffix: ' gamma delta' },
      attributes: {},
      note: '',
      created: '2026-01-01T00:00:00.000Z',
      modified: '2026-01-01T00:00:00.000Z'
    })
    const rows = Array.from({ length: 150 }, (_, n) => row(n, n === 120 ? articleId + 1 : articleId))
    expect(() => db.transaction(() => insertNewAnnotationRows(db, rows))()).toThrow(/FOREIGN KEY/)
    expect(listAnnotations(db, articleId)).toEqual([])
    // The rollback put the dropped trigger back.
    expect(insertTriggerSql(db)).toMatch(/^CREATE TRIGGER annotation_fts_insert/)
  })

  it('left for the search index to take in later, are found once it catches up, whatever happened to them meanwhile', () => {
    const { db, analyst, articleId } = corpusWith('alpha beta gamma delta')
    const row = (n: number, exact: string, start: number) => ({
      id: `0190a0c0-0000-7000-8000-${String(n).padStart(12, '0')}`,
      articleId,
      creator: analyst,
      tag: 'quote',
      start,
      end: start + exact.length,
      quote: { exact, prefix: '', suffix: '' },
      attributes: {},
      note: '',
      created: '2026-01-01T00:00:00.000Z',
      modified: '2026-01-01T00:00:00.000Z'
    })
    const rows = [row(1, 'alpha', 0), row(2, 'beta', 6), row(3, 'gamma', 11), row(4, 'delta', 17)]
    db.transaction(() => {
      insertAnnotationRows(db, rows.slice(0, 2).flatMap(annotationRowValues), 'later')
      insertAnnotationRows(db, rows.slice(2).flatMap(annotationRowValues), 'later')
    })()
    const backlog = () => db.prepare('SELECT first_rowid, last_rowid FROM annotation_fts_backlog').raw().all()
    const matches = (query: string) =>
      db.prepare('SELECT count(*) FROM annotation_fts WHERE annotation_fts MATCH ?').pluck().get(query)
    expect(backlog()).toEqual([[1, 4]])
    expect(matches('alpha')).toBe(0)
    // Meanwhile: one retagged, the last deleted, and a new one that takes the deleted one's rowid.
    replaceAnnotation(db, { ...rows[0], tag: 'claim', modified: '2026-01-02T00:00:00.000Z' })
    deleteAnnotation(db, rows[3].id)
    const late = createAnnotation(db, analyst, { articleId, tag: 'figure', start: 17, end: 22 })
    expect(db.prepare('SELECT rowid FROM annotation WHERE id = ?').pluck().get(late.id)).toBe(4)
    expectCaughtUp(db, 'annotation_fts')
    expect(backlog()).toEqual([])
    expect([matches('alpha'), matches('claim'), matches('beta'), matches('delta'), matches('figure')]).toEqual([
      1, 1, 1, 1, 1
    ])
  })
})
