import { describe, expect, it } from 'vitest'
import {
  lanesOf,
  nextGrapheme,
  nextWordEnd,
  overlapGroup,
  overlaps,
  previousGrapheme,
  previousWordStart,
  resizeByWord,
  snapToWords,
  spansAt,
  tidySpan,
  trimSpan
} from './spans'

const TEXT = 'Peskov said “some 100,000 troops 🇺🇦 were massing” at 3:35 p.m. today.'
const at = (phrase: string, text = TEXT) => ({ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length })
const slice = (span: { start: number; end: number } | null, text = TEXT) =>
  span ? text.slice(span.start, span.end) : null

describe('overlap and nesting', () => {
  it('tells spans that share a character from spans that only touch', () => {
    expect(overlaps({ start: 0, end: 5 }, { start: 4, end: 9 })).toBe(true)
    expect(overlaps({ start: 0, end: 5 }, { start: 5, end: 9 })).toBe(false)
  })

  it('puts a figure inside a quote inside a claim on three lanes, and a separate span back on lane 0', () => {
    const claim = { start: 0, end: 60 }
    const quote = { start: 12, end: 50 }
    const figure = { start: 18, end: 32 }
    const later = { start: 62, end: 66 }
    expect(lanesOf([figure, later, claim, quote])).toEqual([2, 0, 0, 1])
  })

  it('gives two crossing spans different lanes', () => {
    expect(
      lanesOf([
        { start: 0, end: 10 },
        { start: 5, end: 15 }
      ])
    ).toEqual([0, 1])
  })

  it('lists the spans under an offset innermost first, and the overlap group of a span', () => {
    const claim = { id: 'c', start: 0, end: 60 }
    const figure = { id: 'f', start: 18, end: 32 }
    const other = { id: 'o', start: 62, end: 66 }
    expect(spansAt([claim, figure, other], 20).map((s) => s.id)).toEqual(['f', 'c'])
    expect(overlapGroup([other, figure, claim], figure).map((s) => s.id)).toEqual(['c', 'f'])
  })
})

describe('moving by characters and words', () => {
  it('steps over a flag emoji (two astral characters) as one character', () => {
    const flag = TEXT.indexOf('🇺🇦')
    expect(nextGrapheme(TEXT, flag)).toBe(flag + 4)
    expect(previousGrapheme(TEXT, flag + 4)).toBe(flag)
  })

  it('keeps a combining accent with its letter', () => {
    const text = 'Cafe\u0301 open'
    expect(nextGrapheme(text, 3)).toBe(5)
    expect(previousGrapheme(text, 5)).toBe(3)
  })

  it('moves to the end of the next word and the start of the previous one, skipping punctuation', () => {
    const start = TEXT.indexOf('said')
    expect(TEXT.slice(start, nextWordEnd(TEXT, start + 4))).toBe('said “some')
    expect(previousWordStart(TEXT, TEXT.indexOf('some'))).toBe(start)
  })
})

describe('snapping and trimming a selection', () => {
  it('snaps a selection that starts and ends inside words to whole words', () => {
    expect(slice(snapToWords(TEXT, { start: TEXT.indexOf('00,000') + 1, end: TEXT.indexOf('troops') + 3 }))).toBe(
      '100,000 troops'
    )
  })

  it('trims spaces and a trailing comma or full stop but keeps an abbreviation’s full stop', () => {
    expect(slice(trimSpan(TEXT, at(' said ')))).toBe('said')
    expect(slice(trimSpan(TEXT, at('3:35 p.m.')))).toBe('3:35 p.m.')
    expect(slice(trimSpan(TEXT, at('today.')))).toBe('today')
  })

  it('keeps quotation marks that enclose the span and drops one left alone', () => {
    expect(slice(trimSpan(TEXT, at('“some 100,000 troops 🇺🇦 were massing”')))).toBe(
      '“some 100,000 troops 🇺🇦 were massing”'
    )
    expect(slice(trimSpan(TEXT, at('“some 100,000')))).toBe('some 100,000')
    expect(slice(trimSpan(TEXT, at('were massing”')))).toBe('were massing')
  })

  it('gives nothing for a selection of only spaces and punctuation', () => {
    expect(trimSpan(TEXT, at(' “'))).toBeNull()
  })

  it('snaps only when asked', () => {
    const span = { start: TEXT.indexOf('troops') + 2, end: TEXT.indexOf('troops') + 6 }
    expect(slice(tidySpan(TEXT, span, false))).toBe('oops')
    expect(slice(tidySpan(TEXT, span, true))).toBe('troops')
  })

  it('works on right-to-left text in logical order', () => {
    const text = 'قال بيسكوف إن ١٠٠ ألف جندي'
    expect(slice(snapToWords(text, { start: text.indexOf('يسكوف'), end: text.indexOf('يسكوف') + 2 }), text)).toBe(
      'بيسكوف'
    )
  })
})

describe('resizing a span by a word', () => {
  const figure = at('100,000 troops')
  it('grows and shrinks the end', () => {
    expect(slice(resizeByWord(TEXT, figure, 'grow-end'))).toBe('100,000 troops 🇺🇦 were')
    expect(slice(resizeByWord(TEXT, figure, 'shrink-end'))).toBe('100,000')
  })

  it('grows and shrinks the start', () => {
    expect(slice(resizeByWord(TEXT, figure, 'grow-start'))).toBe('some 100,000 troops')
    expect(slice(resizeByWord(TEXT, figure, 'shrink-start'))).toBe('troops')
  })

  it('refuses to shrink a one-word span to nothing or grow past the text', () => {
    expect(resizeByWord(TEXT, at('Peskov'), 'shrink-end')).toBeNull()
    expect(resizeByWord(TEXT, at('Peskov'), 'grow-start')).toBeNull()
  })
})
