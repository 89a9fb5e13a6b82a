import type { TextQuote } from './model'
import { splitsSurrogatePair } from './offsets'

/** How much context a quote keeps on each side, in UTF-16 code units (never splitting a character). */
export const QUOTE_CONTEXT = 32

/**
 * The exact text of [start, end) with up to QUOTE_CONTEXT code units of prefix and suffix. The
 * context is shortened by one unit where it would otherwise begin or end inside a surrogate pair.
 */
export function quoteAt(text: string, start: number, end: number): TextQuote {
  let prefixStart = Math.max(0, start - QUOTE_CONTEXT)
  if (splitsSurrogatePair(text, prefixStart)) prefixStart++
  let suffixEnd = Math.min(text.length, end + QUOTE_CONTEXT)
  if (splitsSurrogatePair(text, suffixEnd)) suffixEnd--
  return {
    exact: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd)
  }
}

/**
 * Why [start, end) cannot be a span of `text`, or null when it can: both ends inside the text, in
 * order, not empty, and on character boundaries.
 */
export function spanProblem(text: string, start: number, end: number): string | null {
  if (!Number.isInteger(start) || !Number.isInteger(end)) return 'offsets must be whole numbers'
  if (start < 0 || end > text.length) return `span ${start}–${end} lies outside the text (length ${text.length})`
  if (start >= end) return `span ${start}–${end} is empty`
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
    return `span ${start}–${end} cuts a character in half`
  }
  return null
}
