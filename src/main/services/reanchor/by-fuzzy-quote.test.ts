import { describe, expect, it } from 'vitest'
import { splitsSurrogatePair } from '../../../shared/offsets'
import { quoteAt } from '../../../shared/text-quote'
import { anchorByFuzzyQuote } from './by-fuzzy-quote'

const OLD = 'Kyiv 😀 — A spokesman said the goverment would “hold the line” until spring, and left.'

function targetOf(part: string) {
  const start = OLD.indexOf(part)
  return { quote: quoteAt(OLD, start, start + part.length), hint: { start, end: start + part.length } }
}

describe('anchorByFuzzyQuote', () => {
  it('finds a quote after a typo in it was fixed', () => {
    const fixed = OLD.replace('goverment', 'government')
    const found = anchorByFuzzyQuote(fixed, targetOf('the goverment would “hold the line”'))
    expect(found && fixed.slice(found.start, found.end)).toBe('the government would “hold the line”')
  })

  it('finds a quote with one word changed, after text was inserted before it', () => {
    const changed = `Skip to main content\n${OLD.replace('spokesman said', 'spokesman stated')}`
    const found = anchorByFuzzyQuote(changed, targetOf('A spokesman said the goverment'))
    expect(found && changed.slice(found.start, found.end)).toMatch(/^A spokesman stated the goverment/)
  })

  it('never cuts an emoji in half at either end of the match', () => {
    const text = OLD.replace('Kyiv 😀', 'Kyiv 🚀')
    const found = anchorByFuzzyQuote(text, targetOf('Kyiv 😀 — A spokesman'))
    expect(found).not.toBeNull()
    expect(splitsSurrogatePair(text, found?.start ?? -1)).toBe(false)
    expect(splitsSurrogatePair(text, found?.end ?? -1)).toBe(false)
  })

  it('finds nothing when the quoted words were rewritten beyond a quarter of their length', () => {
    const rewritten = OLD.replace('would “hold the line” until spring', 'might yield by the first thaw')
    expect(anchorByFuzzyQuote(rewritten, targetOf('would “hold the line” until spring'))).toBeNull()
  })
})
