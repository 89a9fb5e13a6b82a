import { describe, expect, it } from 'vitest'
import type { Attributes } from '../../../shared/model'
import { pairSpans, sameAttributes, type TaggedSpan } from './adjudication-pairs'

let next = 0
const span = (tag: string, start: number, end: number, attributes: Attributes = {}): TaggedSpan => ({
  id: `s${next++}`,
  tag,
  start,
  end,
  attributes
})

/** The pairs as "match a-extent b-extent" lines, for readable expectations. */
const shape = (pairs: ReturnType<typeof pairSpans>) =>
  pairs.map((p) =>
    [p.match, p.a ? `${p.a.tag}@${p.a.start}-${p.a.end}` : '-', p.b ? `${p.b.tag}@${p.b.start}-${p.b.end}` : '-'].join(
      ' '
    )
  )

describe('pairSpans', () => {
  it('pairs spans of the same tag and extent as exact, agreed only when their attributes agree too', () => {
    const pairs = pairSpans(
      [span('figure', 10, 20, { unit: 'troops', value: 100000 }), span('quote', 30, 40, { speaker: 'Ana' })],
      [span('figure', 10, 20, { value: 100000, unit: 'troops' }), span('quote', 30, 40, { speaker: 'Ben' })]
    )
    expect(shape(pairs)).toEqual(['exact figure@10-20 figure@10-20', 'exact quote@30-40 quote@30-40'])
    expect(pairs.map((p) => p.agreed)).toEqual([true, false])
  })

  it('pairs overlapping spans of one tag, the closest first, and leaves the other overlapping span alone', () => {
    const pairs = pairSpans([span('claim', 0, 50)], [span('claim', 0, 8), span('claim', 5, 48)])
    expect(shape(pairs)).toEqual(['overlap claim@0-50 claim@5-48', 'only-b - claim@0-8'])
  })

  it('finds every overlap among nested spans, whatever order their ends come in', () => {
    const pairs = pairSpans(
      [span('claim', 0, 100), span('claim', 10, 20)],
      [span('claim', 15, 18), span('claim', 50, 60)]
    )
    expect(shape(pairs)).toEqual(['overlap claim@0-100 claim@50-60', 'overlap claim@10-20 claim@15-18'])
  })

  it('keeps spans that touch without sharing a unit apart, and never pairs across tags unless the extent is the same', () => {
    const pairs = pairSpans(
      [span('claim', 0, 10), span('quote', 20, 30)],
      [span('claim', 10, 15), span('figure', 22, 28)]
    )
    expect(shape(pairs)).toEqual([
      'only-a claim@0-10 -',
      'only-b - claim@10-15',
      'only-a quote@20-30 -',
      'only-b - figure@22-28'
    ])
  })

  it('pairs the same extent under two different tags as a retag', () => {
    const pairs = pairSpans([span('claim', 4, 9)], [span('quote', 4, 9)])
    expect(shape(pairs)).toEqual(['retag claim@4-9 quote@4-9'])
    expect(pairs[0].agreed).toBe(false)
  })

  it('puts every span in exactly one pair, duplicates included, preferring the duplicate with the same attributes', () => {
    const a = [span('quote', 0, 5, { speaker: 'Ben' }), span('quote', 0, 5, { speaker: 'Ana' })]
    const b = [span('quote', 0, 5, { speaker: 'Ana' })]
    const pairs = pairSpans(a, b)
    expect(pairs).toHaveLength(2)
    expect(pairs.find((p) => p.match === 'exact')).toMatchObject({ a: a[1], b: b[0], agreed: true })
    expect(pairs.find((p) => p.match === 'only-a')?.a).toBe(a[0])
  })

  it('pairs spans after astral characters by their UTF-16 offsets, as stored', () => {
    const text = 'Kyiv 😀 — “the 𝔘nion will hold” 🚀 said Ana.'
    const at = (part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length })
    const quoteA = at('“the 𝔘nion will hold”')
    const quoteB = at('𝔘nion will hold')
    const pairs = pairSpans(
      [span('quote', quoteA.start, quoteA.end)],
      [span('quote', quoteB.start, quoteB.end), span('claim', at('🚀').start, at('🚀').end)]
    )
    expect(pairs.map((p) => p.match)).toEqual(['overlap', 'only-b'])
    expect(text.slice(pairs[0].b!.start, pairs[0].b!.end)).toBe('𝔘nion will hold')
    expect(text.slice(pairs[1].b!.start, pairs[1].b!.end)).toBe('🚀')
  })

  it('returns nothing for two analysts without spans, and the other side alone when one has none', () => {
    expect(pairSpans([], [])).toEqual([])
    expect(shape(pairSpans([], [span('claim', 1, 2)]))).toEqual(['only-b - claim@1-2'])
  })
})

describe('sameAttributes', () => {
  it('compares values whatever the key order, and tells a missing key from a null one', () => {
    expect(sameAttributes({ a: 1, b: 'x' }, { b: 'x', a: 1 })).toBe(true)
    expect(sameAttributes({ a: null }, {})).toBe(false)
    expect(sameAttributes({ a: 1 }, { a: '1' })).toBe(false)
  })
})
