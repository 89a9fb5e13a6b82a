// Quotes and claims from different reports that say the same thing, found by word overlap: one
// outlet quotes "serious and substantive", another only "serious"; one writes "Biden urged Putin to
// de-escalate", another "Biden pressed Putin to de-escalate tensions".
import type { ComparedSpan, MatchedSpans } from '../../../shared/model'

/** Words that carry no meaning of their own; a span of only these keeps them. */
const FUNCTION_WORDS = new Set(
  'a an the of to in on at for with and or but by from as is are was were be been has have had that this it its he she they their his her will would'.split(
    ' '
  )
)

/** The meaningful words of a span, lower-cased. */
export function wordsOf(text: string): Set<string> {
  const all = Array.from(text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu), (m) => m[0])
  const meaningful = all.filter((word) => !FUNCTION_WORDS.has(word))
  return new Set(meaningful.length ? meaningful : all)
}

export interface MatchThresholds {
  /** Share of the shorter span's words found in the longer: a quote cut short still matches. */
  containment: number
  /** Share of all words the two have in common (Jaccard): reworded spans of similar length. */
  overlap: number
}

/** Quotes are the same words, so a cut-short quote is wholly contained in the longer one. */
export const QUOTE_MATCH: MatchThresholds = { containment: 0.8, overlap: 0.5 }
/** Claims are reworded more freely by each outlet. */
export const CLAIM_MATCH: MatchThresholds = { containment: 0.6, overlap: 0.35 }

export function similar(a: Set<string>, b: Set<string>, thresholds: MatchThresholds): boolean {
  let common = 0
  for (const word of a) if (b.has(word)) common++
  const smaller = Math.min(a.size, b.size)
  const union = a.size + b.size - common
  return (
    (smaller > 0 && common / smaller >= thresholds.containment) || (union > 0 && common / union >= thresholds.overlap)
  )
}

/**
 * Groups spans that match another span of the group (single link), keeping the first-seen order.
 * Spans that match nothing form groups of one, so every span appears once.
 */
export function matchSpans<T extends ComparedSpan>(
  spans: readonly T[],
  thresholds: MatchThresholds
): MatchedSpans<T>[] {
  const words = spans.map((span) => wordsOf(span.quote))
  const group = spans.map((_, i) => i)
  const root = (i: number): number => (group[i] === i ? i : (group[i] = root(group[i])))
  for (let i = 0; i < spans.length; i++)
    for (let j = i + 1; j < spans.length; j++) if (similar(words[i], words[j], thresholds)) group[root(j)] = root(i)
  const groups = new Map<number, T[]>()
  spans.forEach((span, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), span]))
  const normalise = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  return [...groups.values()].map((items) => ({
    items,
    wordingDiffers: new Set(items.map((item) => normalise(item.quote))).size > 1
  }))
}
