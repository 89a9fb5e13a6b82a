import { v7 as uuidv7 } from 'uuid'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Db } from '../../db/connection'
import { createHandlers, dispatch } from '../../handlers'
import type { Analyst, Annotation } from '../../../shared/model'
import { createAnnotation, findAnnotation } from '../annotations'
import { findTombstone } from '../annotation-versions'
import { insertArticle } from '../corpus'
import { createAnnotations, redoStep, undoStep } from '../editing'
import { upsertAnalyst } from '../profile'
import { dumpCorpus, emptyCorpus, plainDraft, spanOf } from '../bundles/test-corpus'
import { getAdjudication, isOpen, listAdjudicable } from './adjudication'
import { adjudicate } from './adjudicate'

const TEXT =
  'Kyiv 😀 — Officials said on Friday that “the 𝔘nion will hold its line” after 100,000 troops massed near the border.'

let db: Db
let me: Analyst
let ben: Analyst
let articleId: number
const tag = (who: Analyst, name: string, span: string, attributes = {}): Annotation =>
  createAnnotation(db, who, { articleId, tag: name, ...spanOf(TEXT, span), attributes })

beforeEach(() => {
  ;({ db, analyst: me } = emptyCorpus('Ana López'))
  ben = { id: uuidv7(), name: 'Ben Okafor' }
  upsertAnalyst(db, ben)
  articleId = insertArticle(db, plainDraft(TEXT, 'The line'), 'kyiv.txt', '2026-11-20T09:00:00.000Z')
})

const decisions = () => db.prepare('SELECT COUNT(*) FROM adjudication_decision').pluck().get()
const rowOf = (a: Annotation | null, b: Annotation | null) =>
  getAdjudication(db, { articleId, analystA: me.id, analystB: ben.id }).rows.find(
    (row) => row.a?.id === a?.id && row.b?.id === b?.id
  )

describe('getAdjudication', () => {
  it('compares the two analysts with most annotations, row by row, with the text around each row', () => {
    const carla: Analyst = { id: uuidv7(), name: 'Carla Diaz' }
    upsertAnalyst(db, carla)
    tag(me, 'figure', '100,000 troops')
    tag(ben, 'figure', '100,000 troops')
    tag(me, 'quote', '“the 𝔘nion will hold its line”')
    tag(ben, 'quote', '𝔘nion will hold')
    tag(ben, 'claim', 'Officials said')
    tag(carla, 'claim', 'Officials said')

    const view = getAdjudication(db, { articleId })
    expect(view.analysts.map((x) => [x.analyst.name, x.annotations])).toEqual([
      ['Ben Okafor', 3],
      ['Ana López', 2],
      ['Carla Diaz', 1]
    ])
    expect([view.a.name, view.b.name]).toEqual(['Ben Okafor', 'Ana López'])
    expect(view.rows.map((row) => [row.match, row.agreed])).toEqual([
      ['only-a', false],
      ['overlap', false],
      ['exact', true]
    ])
    const quote = view.rows[1]
    const { from, text } = quote.context
    expect(text.slice(quote.a!.start - from, quote.a!.end - from)).toBe('𝔘nion will hold')
    expect(text.slice(quote.b!.start - from, quote.b!.end - from)).toBe('“the 𝔘nion will hold its line”')
    expect(text).toBe(TEXT.slice(from, from + text.length))
    expect(view.rows.filter(isOpen)).toHaveLength(2)
  })

  it('cuts the text around a row between characters, never inside an emoji, whatever the alignment', () => {
    for (const pad of ['', 'x']) {
      const text = `${'😀'.repeat(60)}${pad}target${pad}${'🚀'.repeat(60)}`
      const id = insertArticle(db, plainDraft(text), `${pad}emoji.txt`, '2026-11-20T09:00:00.000Z')
      const at = spanOf(text, 'target')
      createAnnotation(db, me, { articleId: id, tag: 'claim', ...at })
      createAnnotation(db, ben, { articleId: id, tag: 'claim', start: at.start, end: at.end - 1 })
      const { from, text: context } = getAdjudication(db, { articleId: id }).rows[0].context
      expect(context).toBe(text.slice(from, from + context.length))
      expect(context).toMatch(/^(😀)+x?targetx?(🚀)+$/u)
    }
  })

  it('refuses an article that fewer than two analysts annotated, and two sides that are one analyst', () => {
    tag(me, 'claim', 'Officials said')
    expect(() => getAdjudication(db, { articleId })).toThrow(/Fewer than two analysts/)
    tag(ben, 'claim', 'Officials said')
    expect(() => getAdjudication(db, { articleId, analystA: me.id, analystB: me.id })).toThrow(/two different/)
  })
})

/** A decision between my annotation and Ben's on the shared article, with me as analyst A. */
const decision = (mine: Annotation, his: Annotation, choice: 'a' | 'b' | 'both') => ({
  articleId,
  analystA: me.id,
  analystB: ben.id,
  a: mine.id,
  b: his.id,
  choice
})

describe('adjudicate', () => {
  it('keeps A’s span and deletes B’s as one undo step that leaves a tombstone and the version in history', () => {
    const mine = tag(me, 'quote', '“the 𝔘nion will hold its line”', { speaker: 'officials' })
    const his = tag(ben, 'quote', '𝔘nion will hold')
    const result = adjudicate(db, me, decision(mine, his, 'a'))

    expect(result.label).toBe('Adjudicate: keep Ana López’s quote')
    expect(result.changes).toEqual([{ before: his, after: null }])
    expect(findAnnotation(db, his.id)).toBeNull()
    expect(findTombstone(db, his.id)).toMatchObject({ deletedBy: me.id })
    const kept = db.prepare('SELECT version FROM annotation_history WHERE annotation_id = ?').pluck().get(his.id)
    expect(JSON.parse(kept as string)).toMatchObject({ exact: '𝔘nion will hold', creatorId: ben.id })
    expect(rowOf(mine, null)).toMatchObject({ match: 'only-a', settled: true })

    const undone = undoStep(db, me)
    expect(undone.label).toBe('Undo adjudicate: keep Ana López’s quote')
    expect(findAnnotation(db, his.id)).toMatchObject({ creator: ben, quote: his.quote })
    expect(findTombstone(db, his.id)).toBeNull()
    expect(rowOf(mine, his)).toMatchObject({ match: 'overlap', settled: false })

    redoStep(db, me)
    expect(findAnnotation(db, his.id)).toBeNull()
    expect(rowOf(mine, null)?.settled).toBe(true)
  })

  it('keeps both spans without touching either, and undo reopens the row', () => {
    const mine = tag(me, 'claim', 'Officials said on Friday')
    const his = tag(ben, 'claim', 'Officials said')
    const before = dumpCorpus(db)
    const result = adjudicate(db, me, decision(mine, his, 'both'))
    expect(result).toMatchObject({ label: 'Adjudicate: keep both claims', changes: [] })
    expect(result.history.undo).toBe('Adjudicate: keep both claims')
    expect(dumpCorpus(db)).toEqual(before)
    expect(rowOf(mine, his)?.settled).toBe(true)
    expect(listAdjudicable(db)).toEqual([expect.objectContaining({ articleId, open: 0 })])

    undoStep(db, me)
    expect(rowOf(mine, his)?.settled).toBe(false)
    expect(listAdjudicable(db)).toEqual([expect.objectContaining({ articleId, open: 1 })])
  })

  it('accepts B’s side of a row only A has by deleting A’s span, and the decision names what went', () => {
    const mine = tag(me, 'figure', '100,000 troops')
    tag(ben, 'claim', 'Officials said')
    const result = adjudicate(db, me, {
      articleId,
      analystA: me.id,
      analystB: ben.id,
      a: mine.id,
      b: null,
      choice: 'b'
    })
    expect(result.label).toBe('Adjudicate: drop Ana López’s figure')
    expect(findAnnotation(db, mine.id)).toBeNull()
    expect(getAdjudication(db, { articleId, analystA: me.id, analystB: ben.id }).rows.map((r) => r.match)).toEqual([
      'only-b'
    ])
  })

  it('still shows the view when one analyst has no spans left, so the last decision can be seen and undone', () => {
    const mine = tag(me, 'claim', 'Officials said')
    const his = tag(ben, 'claim', 'Officials said on Friday')
    adjudicate(db, me, decision(mine, his, 'a'))
    const view = getAdjudication(db, { articleId, analystA: me.id, analystB: ben.id })
    expect(view.analysts.map((x) => [x.analyst.name, x.annotations])).toEqual([
      ['Ana López', 1],
      ['Ben Okafor', 0]
    ])
    expect(view.rows).toEqual([expect.objectContaining({ match: 'only-a', settled: true })])
  })

  it('refuses a row that changed since it was shown, changing nothing', () => {
    const mine = tag(me, 'claim', 'Officials said on Friday')
    const his = tag(ben, 'claim', 'Officials said')
    const other = tag(ben, 'claim', 'on Friday')
    const before = dumpCorpus(db)
    const stale = { articleId, analystA: me.id, analystB: ben.id, a: mine.id, b: other.id, choice: 'a' as const }
    expect(() => adjudicate(db, me, stale)).toThrow(/has changed since/)
    expect(dumpCorpus(db)).toEqual(before)
    expect(decisions()).toBe(0)
    expect(findAnnotation(db, his.id)).not.toBeNull()
  })

  it('forgets an undone decision once a new edit is made, as undone steps are forgotten', () => {
    const mine = tag(me, 'claim', 'Officials said on Friday')
    const his = tag(ben, 'claim', 'Officials said')
    adjudicate(db, me, decision(mine, his, 'both'))
    undoStep(db, me)
    expect(decisions()).toBe(1)
    createAnnotations(db, me, [{ articleId, tag: 'figure', ...spanOf(TEXT, '100,000') }])
    expect(decisions()).toBe(0)
    expect(() => redoStep(db, me)).toThrow(/Nothing to redo/)
  })

  it('counts a decision whichever analyst the view puts first', () => {
    const mine = tag(me, 'claim', 'Officials said on Friday')
    const his = tag(ben, 'claim', 'Officials said')
    adjudicate(db, me, { articleId, analystA: ben.id, analystB: me.id, a: his.id, b: mine.id, choice: 'both' })
    expect(rowOf(mine, his)?.settled).toBe(true)
  })
})

describe('the adjudication calls of the contract', () => {
  it('return the decision’s edit with the view as it now stands, and refuse a row without annotations', async () => {
    const handlers = createHandlers({ db, dataDir: ':memory:' })
    const mine = tag(me, 'claim', 'Officials said on Friday')
    const his = tag(ben, 'claim', 'Officials said')
    const listed = await dispatch(handlers, 'listAdjudicable', {})
    expect(listed).toMatchObject({ ok: true, value: [{ articleId, title: 'The line', open: 1 }] })

    const input = { articleId, analystA: me.id, analystB: ben.id, a: mine.id, b: his.id, choice: 'b' }
    const result = await dispatch(handlers, 'adjudicate', input)
    expect(result).toMatchObject({
      ok: true,
      value: {
        edit: { label: 'Adjudicate: keep Ben Okafor’s claim' },
        view: { rows: [{ match: 'only-b', settled: true }] }
      }
    })
    const empty = await dispatch(handlers, 'adjudicate', { ...input, a: null, b: null })
    expect(empty).toMatchObject({ ok: false, error: { message: expect.stringMatching(/at least one annotation/) } })
  })
})
