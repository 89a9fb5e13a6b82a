import type { OffsetConverter } from '../../../shared/offsets'
import type { BundleAnnotation, Checked } from './web-annotation'

/** How much of a quote an error message shows: enough to find it, short enough to read in a dialog. */
const SHOWN_CHARACTERS = 60

/** `text` for an error message, cut to SHOWN_CHARACTERS code points (never inside a character). */
export function shorten(text: string): string {
  const characters = Array.from(text)
  return characters.length <= SHOWN_CHARACTERS ? text : `${characters.slice(0, SHOWN_CHARACTERS).join('')}…`
}

/**
 * The UTF-16 span of the article `text` that a bundle annotation selects, or why it selects nothing
 * there. Anchoring is exact on purpose: both selectors come from the same text (its SHA-256 is the
 * annotation's target), so any disagreement between position and quote means the bundle is damaged,
 * and fuzzy re-anchoring would hide that. Positions in messages are code points, as in the bundle.
 */
export function anchorAnnotation(
  text: string,
  converter: OffsetConverter,
  annotation: Pick<BundleAnnotation, 'position' | 'quote'>
): Checked<{ start: number; end: number }> {
  const { position, quote } = annotation
  const span = `${position.start}–${position.end}`
  const start = converter.toUtf16(position.start)
  const end = converter.toUtf16(position.end)
  if (start === null || end === null) {
    return { problem: `its position ${span} lies outside the article text (${converter.codePointLength} code points)` }
  }
  const actual = text.slice(start, end)
  if (actual !== quote.exact) {
    return {
      problem: `the quoted text "${shorten(quote.exact)}" does not match the article text at ${span} ("${shorten(actual)}")`
    }
  }
  if (quote.prefix.length > start || !text.startsWith(quote.prefix, start - quote.prefix.length)) {
    return { problem: `the quote's prefix "${shorten(quote.prefix)}" does not match the article text before ${span}` }
  }
  if (!text.startsWith(quote.suffix, end)) {
    return { problem: `the quote's suffix "${shorten(quote.suffix)}" does not match the article text after ${span}` }
  }
  return { value: { start, end } }
}
