import { describe, expect, it } from 'vitest'
import { openDatabase } from '../db/connection'
import { UserError } from '../../shared/errors'
import { listAnnotations } from './annotations'
import { insertArticle } from './corpus'
import { undoStep } from './editing'
import { setProfile } from './profile'
import { acceptAllSuggestions, acceptSuggestions, listSuggestions, rejectSuggestions } from './suggestions'
import { plainDraft } from './test-drafts'

const TEXT =
  '🌊 The port reopened on March 3. “We lost 1,200 containers,” harbour master Ines Alcott said.\n\n' +
  'About 40 ships waited offshore for nearly an hour.'

function corpus() {
  const db = openDatabase(':memory:')
  const analyst = setProfile(db, 'Ada')
  const articleId = insertArticle(db, plainDraft(TEXT), 'port.txt', '2026-01-01T00:00:00.000Z')
  return { db, analyst, articleId }
}

const ref = (s: { kind: 'quote' | 'figure' | 'claim'; start: number; end: number }) => ({
  kind: s.kind,
  start: s.start,
  end: s.end
})

describe('suggestions', () => {
  it('are computed for an article with speaker and normalised values', () => {
    const { db, articleId } = corpus()
    const pending = listSuggestions(db, articleId, ['quote', 'figure'])
    expect(pending.map((s) => [s.kind, TEXT.slice(s.start, s.end), s.attributes])).toEqual([
      ['figure', 'March 3', { value: '--03-03', unit: 'date' }],
      ['quote', 'We lost 1,200 containers', { speaker: 'Ines Alcott' }],
      ['figure', '1,200 containers', { value: 1200, unit: 'containers' }],
      ['figure', 'About 40 ships', { value: 40, unit: 'ships', approximate: true, qualifier: 'about' }],
      ['figure', 'nearly an hour', { value: 60, unit: 'minutes', approximate: true, qualifier: 'nearly' }]
    ])
  })

  it('accepted become annotations with their rule and who accepted them, as one undo step', () => {
    const { db, analyst, articleId } = corpus()
    const [date, quote] = listSuggestions(db, articleId, ['quote', 'figure'])
    const now = new Date('2026-02-01T10:00:00.000Z')
    const result = acceptSuggestions(db, analyst, articleId, [ref(date), ref(quote)], now)
    expect(result.label).toBe('Accept 2 suggestions')
    const stored = listAnnotations(db, articleId)
    expect(stored.map((a) => [a.tag, a.quote.exact, a.provenance])).toEqual([
      [
        'figure',
        'March 3',
        { rule: 'figure/date', suggestedAt: now.toISOString(), acceptedBy: analyst, acceptedAt: now.toISOString() }
      ],
      [
        'quote',
        'We lost 1,200 containers',
        {
          rule: 'quote/marks + speaker/said-after',
          suggestedAt: now.toISOString(),
          acceptedBy: analyst,
          acceptedAt: now.toISOString()
        }
      ]
    ])
    expect(stored[1].attributes).toEqual({ speaker: 'Ines Alcott' })
    expect(listSuggestions(db, articleId, ['quote', 'figure'])).toHaveLength(3)
    undoStep(db, analyst)
    expect(listAnnotations(db, articleId)).toEqual([])
  })

  it('rejected are remembered and never proposed again', () => {
    const { db, analyst, articleId } = corpus()
    const figures = listSuggestions(db, articleId, ['figure'])
    const ships = figures.find((s) => TEXT.slice(s.start, s.end) === 'About 40 ships')!
    rejectSuggestions(db, analyst, articleId, [ref(ships)])
    const again = listSuggestions(db, articleId, ['figure'])
    expect(again).toHaveLength(figures.length - 1)
    expect(again.some((s) => s.start === ships.start)).toBe(false)
  })

  it('accept all of a kind takes every pending one of that kind and nothing else, in one step', () => {
    const { db, analyst, articleId } = corpus()
    const result = acceptAllSuggestions(db, analyst, [articleId], ['figure'])!
    expect(result.changes).toHaveLength(4)
    expect(listAnnotations(db, articleId).every((a) => a.tag === 'figure')).toBe(true)
    expect(acceptAllSuggestions(db, analyst, [articleId], ['figure'])).toBeNull()
  })

  it('refuse a suggestion that is no longer pending, and change nothing', () => {
    const { db, analyst, articleId } = corpus()
    const [date] = listSuggestions(db, articleId, ['figure'])
    acceptSuggestions(db, analyst, articleId, [ref(date)])
    expect(() => acceptSuggestions(db, analyst, articleId, [ref(date)])).toThrow(UserError)
    expect(listAnnotations(db, articleId)).toHaveLength(1)
  })
})
