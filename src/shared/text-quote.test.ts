import { describe, expect, it } from 'vitest'
import { QUOTE_CONTEXT, quoteAt, spanProblem } from './text-quote'

describe('quoteAt', () => {
  it('keeps the exact text with up to 32 units of context on each side', () => {
    const text = `${'x'.repeat(50)}TARGET${'y'.repeat(50)}`
    const quote = quoteAt(text, 50, 56)
    expect(quote).toEqual({ exact: 'TARGET', prefix: 'x'.repeat(QUOTE_CONTEXT), suffix: 'y'.repeat(QUOTE_CONTEXT) })
  })

  it('shortens the context instead of cutting an emoji in half', () => {
    const text = `😀${'a'.repeat(31)}Z${'b'.repeat(31)}😀`
    const quote = quoteAt(text, 33, 34)
    expect(quote.exact).toBe('Z')
    expect(quote.prefix).toBe('a'.repeat(31))
    expect(quote.suffix).toBe('b'.repeat(31))
  })

  it('uses what exists at the edges of the text', () => {
    expect(quoteAt('troops', 0, 6)).toEqual({ exact: 'troops', prefix: '', suffix: '' })
  })
})

describe('spanProblem', () => {
  it('accepts a span on character boundaries', () => {
    expect(spanProblem('a😀b', 1, 3)).toBeNull()
  })
  it('names each kind of bad span', () => {
    expect(spanProblem('abc', 2, 2)).toMatch(/empty/)
    expect(spanProblem('abc', 0, 4)).toMatch(/outside/)
    expect(spanProblem('a😀b', 0, 2)).toMatch(/cuts a character/)
    expect(spanProblem('abc', 0.5, 2)).toMatch(/whole numbers/)
  })
})
