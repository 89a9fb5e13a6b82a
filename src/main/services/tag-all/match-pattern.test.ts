import { describe, expect, it } from 'vitest'
import { UserError } from '../../../shared/errors'
import { compilePattern, findMatches } from './match-pattern'

const WHOLE = { wholeWord: true, caseSensitive: false }
const matches = (text: string, phrase: string, options = WHOLE) =>
  findMatches(text, compilePattern('phrase', phrase, options)).spans.map((s) => text.slice(s.start, s.end))

describe('phrase matching', () => {
  it('matches whole words only: never "Mark" inside "benchMARKing"', () => {
    expect(matches('Mark read the benchMARKing notes; mark it, Mark.', 'Mark')).toEqual(['Mark', 'mark', 'Mark'])
  })

  it('treats letters of any script as word characters (no match inside "Markús" or "Марк")', () => {
    expect(matches('Markús and Mark and MarkМарк', 'Mark')).toEqual(['Mark'])
  })

  it('respects case when asked', () => {
    expect(matches('Mark and mark', 'Mark', { wholeWord: true, caseSensitive: true })).toEqual(['Mark'])
  })

  it('matches inside words when whole-word matching is off', () => {
    expect(matches('benchmarking', 'mark', { wholeWord: false, caseSensitive: false })).toEqual(['mark'])
  })

  it('matches a phrase across any run of spaces or a line break, with regex characters taken literally', () => {
    expect(matches('the U.S.  Army\nand the U.S. Navy; USxS', 'U.S. Army')).toEqual(['U.S.  Army'])
  })

  it('moves past an astral character that fails the whole-word test without looping', () => {
    expect(matches('x𝒜b 𝒜b', '𝒜b')).toEqual(['𝒜b'])
  })

  it('counts offsets in UTF-16 units after emoji', () => {
    const text = '🇺🇦🎉 Putin met Putin'
    const spans = findMatches(text, compilePattern('phrase', 'Putin', WHOLE)).spans
    expect(spans.map((s) => s.start)).toEqual([text.indexOf('Putin'), text.lastIndexOf('Putin')])
  })
})

describe('regular expression rules', () => {
  it('run as written: "<number> troops"', () => {
    const pattern = compilePattern('regex', String.raw`\d[\d,]* troops`, WHOLE)
    const text = 'some 100,000 troops and 5 troops but not troopships'
    expect(findMatches(text, pattern).spans.map((s) => text.slice(s.start, s.end))).toEqual([
      '100,000 troops',
      '5 troops'
    ])
  })

  it('refuse an invalid expression with a message that names it', () => {
    expect(() => compilePattern('regex', '(troops', WHOLE, 'rule 2 of rules.json')).toThrow(
      /Rule 2 of rules.json \/\(troops\/ is not a valid regular expression/
    )
  })

  it('refuse a pattern that could backtrack catastrophically', () => {
    expect(() => compilePattern('regex', '(a+)+$', WHOLE)).toThrow(UserError)
  })

  it('stop at the time budget on a huge text and say so, keeping what they found', () => {
    const text = 'word '.repeat(400_000)
    const run = findMatches(text, compilePattern('phrase', 'word', WHOLE), 1)
    expect(run.timedOut).toBe(true)
    expect(run.spans.length).toBeGreaterThan(0)
    expect(run.spans.length).toBeLessThan(400_000)
  })
})
