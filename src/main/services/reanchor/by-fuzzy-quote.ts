import search from 'approx-string-match'
import { splitsSurrogatePair } from '../../../shared/offsets'
import type { AnchorTarget, Span } from './types'

/**
 * At most this share of the quote may differ (insertions, deletions, substitutions). A quarter lets a
 * fixed typo or a changed word or two through, while a span that was rewritten becomes an orphan for an
 * analyst to place rather than landing on the wrong words: a wrong annotation is worse than a
 * missing one, and an orphan is never lost.
 */
const MAX_ERROR_SHARE = 0.25
/** Search cost grows with errors × text length; 64 errors is already a whole changed sentence. */
const MAX_ERRORS = 64
/** How much of the best candidate's score the context may add; the quote itself counts most. */
const QUOTE_WEIGHT = 4

/** Edit distance of `a` from `b`, bounded: ≥ `limit` counts as `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (b.length === 0 || a.length === 0) return Math.min(limit, Math.max(a.length, b.length))
  const [best] = search(a, b, limit)
  return best ? Math.min(best.errors, limit) : limit
}

/** A share in 0–1 of how well `actual` (text around a candidate) agrees with the `expected` context. */
function contextScore(actual: string, expected: string): number {
  if (expected.length === 0) return 1
  return 1 - distance(actual, expected, expected.length) / expected.length
}

/**
 * The best approximate match of the quote in `text`, using Myers' bit-parallel algorithm (the
 * approx-string-match package Hypothesis anchors with) with at most MAX_ERROR_SHARE of the quote's
 * length in errors. Candidates are ranked by a score in which the quote's likeness counts QUOTE_WEIGHT
 * times as much as the likeness of each side's context, then by nearness to the old position. Null
 * when nothing is close enough.
 */
export function anchorByFuzzyQuote(text: string, target: AnchorTarget): Span | null {
  const { exact, prefix, suffix } = target.quote
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(exact.length * MAX_ERROR_SHARE))
  if (maxErrors === 0) return null
  const candidates = search(text, exact, maxErrors)
  if (candidates.length === 0) return null
  const scored = candidates.map((match) => {
    const before = text.slice(Math.max(0, match.start - prefix.length), match.start)
    const after = text.slice(match.end, match.end + suffix.length)
    const score =
      QUOTE_WEIGHT * (1 - match.errors / exact.length) + contextScore(before, prefix) + contextScore(after, suffix)
    return { ...match, score, distance: Math.abs(match.start - target.hint.start) }
  })
  scored.sort((a, b) => b.score - a.score || a.distance - b.distance)
  let { start, end } = scored[0]
  // The matcher counts UTF-16 units; never leave half of an astral character inside or outside.
  if (splitsSurrogatePair(text, start)) start--
  if (splitsSurrogatePair(text, end)) end++
  return start < end ? { start, end } : null
}
