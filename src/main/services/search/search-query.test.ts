import { describe, expect, it } from 'vitest'
import { parseQuery, toFtsMatch } from './search-query'

const fts = (query: string): string => toFtsMatch(parseQuery(query))

describe('the search syntax', () => {
  it('quotes every word and phrase, and keeps a trailing * as a prefix search', () => {
    expect(fts('troops')).toBe('"troops"')
    expect(fts('"serious and substantive"')).toBe('"serious and substantive"')
    expect(fts('troop*')).toBe('"troop"*')
  })

  it('joins adjacent terms with AND and honours OR, NOT, minus and brackets', () => {
    expect(fts('biden putin')).toBe('("biden" AND "putin")')
    expect(fts('troops OR soldiers')).toBe('("troops" OR "soldiers")')
    expect(fts('troops NOT ukraine')).toBe('("troops" NOT "ukraine")')
    expect(fts('troops -ukraine')).toBe('("troops" NOT "ukraine")')
    expect(fts('(biden OR putin) call')).toBe('(("biden" OR "putin") AND "call")')
    expect(fts('a b NOT c OR d')).toBe('((("a" AND "b") NOT "c") OR "d")')
  })

  it('turns FTS5 syntax the analyst types into plain words, never operators or column filters', () => {
    expect(fts('title:putin')).toBe('"title:putin"')
    expect(fts('NEAR(a b)')).toBe('("NEAR" AND ("a" AND "b"))')
    expect(fts('^putin kremlin:*')).toBe('("^putin" AND "kremlin:"*)')
    expect(fts('he said "no"')).toBe('("he" AND "said" AND "no")')
    expect(fts('50-minute')).toBe('"50-minute"')
    expect(fts('and or not')).toBe('("and" AND "or" AND "not")')
  })

  it('names the mistake in a malformed query', () => {
    expect(() => parseQuery('')).toThrow(/Type something/)
    expect(() => parseQuery('"serious and')).toThrow(/quotation mark at character 1 is never closed/)
    expect(() => parseQuery('(troops OR')).toThrow(/“OR” needs something to search for after it/)
    expect(() => parseQuery('(troops')).toThrow(/never closed with “\)”/)
    expect(() => parseQuery('troops)')).toThrow(/“\)” without a “\(”/)
    expect(() => parseQuery('NOT troops')).toThrow(/needs something before it/)
    expect(() => parseQuery('troops AND')).toThrow(/“AND” needs something/)
    expect(() => parseQuery('OR troops')).toThrow(/“OR” needs something on both sides/)
    expect(() => parseQuery('()')).toThrow(/empty/)
    expect(() => parseQuery('😀')).toThrow(/no letters or digits/)
    expect(() => parseQuery('*')).toThrow(/no letters or digits/)
  })
})
