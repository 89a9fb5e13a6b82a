import { commonPrefixLength, commonSuffixLength } from './context-score'
import type { AnchorTarget, Span } from './types'

/** Every start of `exact` in `text`, overlapping occurrences included. */
function occurrences(text: string, exact: string): number[] {
  const starts: number[] = []
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) starts.push(at)
  return starts
}

/**
 * The occurrence of the exact quote whose surroundings agree best with the quote's prefix and suffix,
 * the one nearest the old position among equals. A quote that occurs once needs no context; one that
 * occurs several times ("the", "100,000") is placed by its context, then by nearness. Null when the
 * quote no longer occurs.
 */
export function anchorByExactQuote(text: string, target: AnchorTarget): Span | null {
  const { exact, prefix, suffix } = target.quote
  const starts = occurrences(text, exact)
  if (starts.length === 0) return null
  const scored = starts.map((start) => {
    const end = start + exact.length
    const context =
      commonSuffixLength(text.slice(Math.max(0, start - prefix.length), start), prefix) +
      commonPrefixLength(text.slice(end, end + suffix.length), suffix)
    return { start, end, context, distance: Math.abs(start - target.hint.start) }
  })
  scored.sort((a, b) => b.context - a.context || a.distance - b.distance)
  return { start: scored[0].start, end: scored[0].end }
}
