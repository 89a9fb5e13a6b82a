import { describe, expect, it } from 'vitest'
import { quoteAt } from '../../../shared/text-quote'
import { anchorByExactQuote } from './by-exact-quote'

const OLD = 'The 😀 ministry said 100,000 troops. Later the army said 100,000 troops had left.'

function targetOf(text: string, start: number, end: number) {
  return { quote: quoteAt(text, start, end), hint: { start, end } }
}

describe('anchorByExactQuote', () => {
  it('follows a quote that moved when text was inserted before it', () => {
    const start = OLD.indexOf('ministry')
    const moved = `Skip to main content\n${OLD}`
    expect(anchorByExactQuote(moved, targetOf(OLD, start, start + 8))).toEqual({
      start: moved.indexOf('ministry'),
      end: moved.indexOf('ministry') + 8
    })
  })

  it('tells two occurrences of the same words apart by their prefix and suffix', () => {
    const second = OLD.lastIndexOf('100,000 troops')
    const moved = `Update 🚀: ${OLD}`
    const found = anchorByExactQuote(moved, targetOf(OLD, second, second + 14))
    expect(found?.start).toBe(moved.lastIndexOf('100,000 troops'))
  })

  it('takes the occurrence nearest the old position when the context does not decide', () => {
    const text = 'aaa bbb aaa bbb aaa'
    const found = anchorByExactQuote(text, {
      quote: { exact: 'aaa', prefix: '', suffix: '' },
      hint: { start: 9, end: 12 }
    })
    expect(found).toEqual({ start: 8, end: 11 })
  })

  it('finds nothing when the quote no longer occurs', () => {
    expect(anchorByExactQuote('Nothing here.', targetOf(OLD, 4, 12))).toBeNull()
  })
})
