import { describe, expect, it } from 'vitest'
import type { Annotation } from '../../../shared/model'
import { annotationRowValues } from '../annotation-row'
import { decodeRows, encodeRows } from './row-wire'

const TEXT = 'Officials 🪖 said “the 𝔘nion” holds 100,000 troops.\nNo more.'
const OTHER = 'x\u0000y: a NUL in the text'
const texts = new Map([
  [40, TEXT],
  [41, OTHER]
])

/** An annotation of `exact` at its first place in article 40's text, with up to `context` units around. */
const annotation = (n: number, exact: string, context: number, extra: Partial<Annotation> = {}): Annotation => {
  const text = texts.get(extra.articleId ?? 40) as string
  const start = text.indexOf(exact)
  const end = start + exact.length
  return {
    id: `0190a0c0-0000-7000-8000-${String(n).padStart(12, '0')}`,
    articleId: 40,
    tag: 'quote',
    start,
    end,
    quote: { exact, prefix: text.slice(Math.max(0, start - context), start), suffix: text.slice(end, end + context) },
    attributes: n % 2 ? { speaker: 'officials' } : {},
    note: '',
    creator: { id: '0190a0c0-0000-7000-8000-00000000000a', name: 'Ana' },
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
    ...extra
  }
}

describe('rows on the wire', () => {
  it('come back as they went: numbers, empty text, null, astral characters, quotes cut from the text', () => {
    const rows = [
      annotation(0, '“the 𝔘nion”', 32),
      annotation(1, 'Officials', 5, { provenance: { rule: 'officials said', acceptedBy: 'Ana' } as never }),
      annotation(2, 'troops.', 4, { modified: '2026-02-01T00:00:00.000Z', note: 'edited' }),
      annotation(3, '🪖', 0)
    ].flatMap(annotationRowValues)
    const wire = encodeRows(rows)
    expect('joined' in wire).toBe(true)
    expect(decodeRows(wire, texts)).toEqual(rows)
    expect(decodeRows(encodeRows([]), texts)).toEqual([])
  })

  it('carry the quote, prefix and suffix as lengths, and an unedited modified as nothing', () => {
    const rows = annotationRowValues(annotation(0, 'said “the 𝔘nion” holds 100,000', 32))
    const wire = encodeRows(rows) as { joined: string }
    expect(wire.joined).not.toContain('100,000')
    expect(wire.joined.split('\u0000')).toHaveLength(rows.length)
    const [exact, prefix, suffix, , , , modified] = rows.slice(5, 13) as string[]
    const dropped = exact.length + prefix.length + suffix.length + modified.length
    expect(wire.joined.length).toBeLessThanOrEqual(rows.join('\u0000').length - dropped + 4)
  })

  it('go as JSON when a value holds a NUL', () => {
    const rows = annotationRowValues(annotation(4, 'y: a', 3, { articleId: 41, note: 'a\u0000b' }))
    const wire = encodeRows(rows)
    expect('json' in wire).toBe(true)
    expect(decodeRows(wire, texts)).toEqual(rows)
  })

  it('refuse a row of an article that was not set up', () => {
    const rows = annotationRowValues({ ...annotation(5, 'said', 2), articleId: 99 })
    expect(() => decodeRows(encodeRows(rows), texts)).toThrow(/article 99/)
  })
})
