import { describe, expect, it } from 'vitest'
import { findTerms, foldText, termsOf } from './find-terms'
import { parseQuery } from './search-query'

const find = (text: string, query: string, max = 10) =>
  findTerms(text, termsOf(parseQuery(query)), max).map((span) => text.slice(span.start, span.end))

describe('finding a query’s words in an article', () => {
  it('gives UTF-16 offsets after emoji, flags and other astral characters', () => {
    const text = '𝐀 😀🇺🇦 troops, then 👍🏽 more troops'
    const spans = findTerms(text, termsOf(parseQuery('troops')), 10)
    expect(spans).toEqual([
      { start: text.indexOf('troops'), end: text.indexOf('troops') + 6 },
      { start: text.lastIndexOf('troops'), end: text.lastIndexOf('troops') + 6 }
    ])
  })

  it('matches case and accents loosely, prefixes, and phrases across punctuation', () => {
    expect(find('Café CAFE cafés', 'cafe')).toEqual(['Café', 'CAFE'])
    expect(find('negotiators negotiated; renegotiate', 'negoti*')).toEqual(['negotiators', 'negotiated'])
    expect(find('a 50-minute call, then a 50 minute wait', '"50-minute call"')).toEqual(['50-minute call'])
  })

  it('prefers a phrase over a word inside it, skips excluded words and stops at the limit', () => {
    expect(find('“serious and substantive” and serious', 'serious OR "serious and substantive"')).toEqual([
      'serious and substantive',
      'serious'
    ])
    expect(find('troops and tanks and troops', 'troops NOT tanks')).toEqual(['troops', 'troops'])
    expect(find('one one one one', 'one', 2)).toEqual(['one', 'one'])
  })
})

describe('folding text for matching', () => {
  it('keeps every offset: same length, accents and case gone, astral characters untouched', () => {
    for (const text of ['Café ÉCOLE', 'İstanbul ﬁx', '😀 Ωmega', 'cafe\u0301'])
      expect(foldText(text)).toHaveLength(text.length)
    expect(foldText('Café ÉCOLE 😀')).toBe('cafe ecole 😀')
  })
})
