import { describe, expect, it } from 'vitest'
import { openDatabase } from '../db/connection'
import { listAnnotations } from './annotations'
import { insertArticle, setArticleStatus } from './corpus'
import { createAnnotations, deleteAnnotations, redoStep, undoStep, updateAnnotation } from './editing'
import { setProfile } from './profile'
import { plainDraft } from './test-drafts'

const TEXT = 'Ushakov said “some 100,000 troops 🚀 were massing” near the border.'
const at = (phrase: string) => ({ start: TEXT.indexOf(phrase), end: TEXT.indexOf(phrase) + phrase.length })

function corpus() {
  const db = openDatabase(':memory:')
  const analyst = setProfile(db, 'Ada')
  const articleId = insertArticle(db, plainDraft(TEXT), 'a.txt', '2026-01-01T00:00:00.000Z')
  const tag = (tag: string, phrase: string) => createAnnotations(db, analyst, [{ articleId, tag, ...at(phrase) }])
  const stored = () => listAnnotations(db, articleId).map((a) => `${a.tag}:${a.quote.exact}`)
  return { db, analyst, articleId, tag, stored }
}

describe('edits and their undo history', () => {
  it('return every annotation they touched, the article counts and what undo would do', () => {
    const { articleId, tag } = corpus()
    const result = tag('quote', 'some 100,000 troops 🚀 were massing')
    expect(result.label).toBe('Tag quote')
    expect(result.changes).toHaveLength(1)
    expect(result.changes[0].before).toBeNull()
    expect(result.counts).toEqual({ [articleId]: { quote: 1 } })
    expect(result.statuses).toEqual({ [articleId]: 'in_progress' })
    expect(result.history).toEqual({ undo: 'Tag quote', redo: null })
  })

  it('undo and redo create, retag, resize, attributes and delete, step by step', () => {
    const { db, analyst, tag, stored } = corpus()
    const quote = tag('quote', 'some 100,000 troops 🚀 were massing').changes[0].after!
    const figure = tag('claim', '100,000 troops').changes[0].after!
    updateAnnotation(db, analyst, figure.id, { tag: 'figure' })
    updateAnnotation(db, analyst, figure.id, { start: at('some 100,000').start })
    updateAnnotation(db, analyst, quote.id, { attributes: { speaker: 'Ushakov' }, note: 'on the call' })
    deleteAnnotations(db, analyst, [quote.id])
    expect(stored()).toEqual(['figure:some 100,000 troops'])

    expect(undoStep(db, analyst).label).toBe('Undo delete quote')
    expect(listAnnotations(db, quote.articleId)[0]).toMatchObject({ attributes: { speaker: 'Ushakov' } })
    expect(undoStep(db, analyst).label).toBe('Undo edit quote attributes')
    expect(undoStep(db, analyst).label).toBe('Undo resize figure')
    expect(stored()).toEqual(['quote:some 100,000 troops 🚀 were massing', 'figure:100,000 troops'])
    expect(undoStep(db, analyst).label).toBe('Undo retag claim as figure')
    expect(stored()).toEqual(['quote:some 100,000 troops 🚀 were massing', 'claim:100,000 troops'])
    expect(redoStep(db, analyst).label).toBe('Redo retag claim as figure')
    expect(redoStep(db, analyst).history).toEqual({ undo: 'Resize figure', redo: 'Edit quote attributes' })
    expect(stored()).toEqual(['quote:some 100,000 troops 🚀 were massing', 'figure:some 100,000 troops'])
  })

  it('keep the original id and creator when undo brings a deleted annotation back', () => {
    const { db, analyst, tag, articleId } = corpus()
    const made = tag('claim', 'near the border').changes[0].after!
    deleteAnnotations(db, analyst, [made.id])
    undoStep(db, analyst)
    expect(listAnnotations(db, articleId)[0]).toMatchObject({
      id: made.id,
      creator: made.creator,
      created: made.created
    })
  })

  it('put a new article in progress when it is first tagged, and leave a done one done', () => {
    const { db, articleId, tag } = corpus()
    expect(tag('claim', 'near the border').statuses).toEqual({ [articleId]: 'in_progress' })
    setArticleStatus(db, articleId, 'done')
    expect(tag('figure', '100,000 troops').statuses).toEqual({ [articleId]: 'done' })
  })

  it('forget the undone steps when a new change is made', () => {
    const { db, analyst, tag } = corpus()
    tag('claim', 'near the border')
    undoStep(db, analyst)
    const result = tag('figure', '100,000 troops')
    expect(result.history).toEqual({ undo: 'Tag figure', redo: null })
    expect(() => redoStep(db, analyst)).toThrow('Nothing to redo.')
  })

  it('survive closing the database: a done or undone step is still there afterwards', () => {
    const { db, analyst, tag } = corpus()
    tag('claim', 'near the border')
    tag('figure', '100,000 troops')
    undoStep(db, analyst)
    const rows = db.prepare('SELECT label, undone FROM change_step ORDER BY id').all()
    expect(rows).toEqual([
      { label: 'Tag claim', undone: 0 },
      { label: 'Tag figure', undone: 1 }
    ])
  })

  it('refuse to undo over a change made since by someone else, changing nothing', () => {
    const { db, analyst, tag, stored } = corpus()
    const made = tag('claim', 'near the border').changes[0].after!
    db.prepare(`UPDATE annotation SET tag = 'quote' WHERE id = ?`).run(made.id)
    expect(() => undoStep(db, analyst)).toThrow(/Cannot undo "Tag claim".*changed since/)
    expect(stored()).toEqual(['quote:near the border'])
  })

  it('make a bulk tagging one step that one undo removes', () => {
    const { db, analyst, articleId, stored } = corpus()
    createAnnotations(db, analyst, [
      { articleId, tag: 'claim', ...at('Ushakov') },
      { articleId, tag: 'figure', ...at('100,000') }
    ])
    expect(stored()).toHaveLength(2)
    expect(undoStep(db, analyst).changes).toHaveLength(2)
    expect(stored()).toEqual([])
  })

  it('refuse a resize that would cut the emoji in half, and a bad attribute, writing nothing', () => {
    const { db, analyst, tag, stored } = corpus()
    const made = tag('figure', '100,000 troops').changes[0].after!
    const rocket = TEXT.indexOf('🚀')
    expect(() => updateAnnotation(db, analyst, made.id, { end: rocket + 1 })).toThrow(/Cannot move/)
    expect(() => updateAnnotation(db, analyst, made.id, { attributes: { value: 'x', valueHigh: 3 } })).toThrow(
      /attributes/
    )
    expect(stored()).toEqual(['figure:100,000 troops'])
  })

  it('move the quote with the span when the span grows over an astral character', () => {
    const { db, analyst, tag } = corpus()
    const made = tag('figure', '100,000 troops').changes[0].after!
    const grown = updateAnnotation(db, analyst, made.id, { end: TEXT.indexOf('🚀') + 2 }).changes[0].after!
    expect(grown.quote.exact).toBe('100,000 troops 🚀')
    expect(grown.quote.suffix.startsWith(' were massing')).toBe(true)
  })
})
