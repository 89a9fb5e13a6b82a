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

/** The one expression findTerms replaces: every term at once, tried at every position of the folded text. */
function byOneExpression(text: string, query: string, max: number): { start: number; end: number }[] {
  const W = '[\\p{L}\\p{N}\\p{Co}]'
  const escape = (token: string) => token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const terms = termsOf(parseQuery(query)).filter((term) => term.tokens.length > 0)
  const alternatives = [...terms]
    .sort((a, b) => b.tokens.length - a.tokens.length)
    .map((term) => term.tokens.map(escape).join(`[^${W.slice(1)}+`) + (term.prefix ? `${W}*` : `(?!${W})`))
  const pattern = new RegExp(`(?<!${W})(?:${alternatives.join('|')})`, 'gu')
  return Array.from(foldText(text).matchAll(pattern), (m) => ({ start: m.index, end: m.index + m[0].length })).slice(
    0,
    max
  )
}

describe('finding terms with indexOf', () => {
  it('finds exactly what one regular expression over the folded text finds, on varied texts', () => {
    const pieces = [
      'troops',
      'Troop',
      'TROOPS',
      'trooper',
      'Café',
      'cafe',
      'cafés',
      'serious',
      'and',
      'substantive',
      '😀',
      '🇺🇦',
      '𝐀',
      'xtroops',
      '50',
      '-',
      ',',
      ' ',
      '  ',
      '\n',
      '“',
      '”',
      'é',
      'e\u0301',
      'İ',
      'ﬁ',
      '\uDC00'
    ]
    const queries = [
      'troops',
      'troop*',
      'cafe',
      '"serious and substantive" OR serious',
      'caf* OR troops -x',
      '"troops troops"',
      '50 OR e',
      'substantive*'
    ]
    let seed = 3
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    for (let n = 0; n < 400; n++) {
      const text = Array.from(
        { length: 1 + Math.floor(random() * 30) },
        () => pieces[Math.floor(random() * pieces.length)]
      ).join(random() < 0.5 ? ' ' : '')
      for (const query of queries)
        expect(findTerms(text, termsOf(parseQuery(query)), 4), `${query} in ${JSON.stringify(text)}`).toEqual(
          byOneExpression(text, query, 4)
        )
    }
  })
})
