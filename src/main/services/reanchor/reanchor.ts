import { anchorByExactQuote } from './by-exact-quote'
import { anchorByFuzzyQuote } from './by-fuzzy-quote'
import { anchorByPosition } from './by-position'
import type { AnchorTarget, Span } from './types'

export type AnchorStrategy = 'position' | 'exact-quote' | 'fuzzy-quote'

/** Cheap and certain first, expensive and approximate last. */
const STRATEGIES: readonly [AnchorStrategy, (text: string, target: AnchorTarget) => Span | null][] = [
  ['position', anchorByPosition],
  ['exact-quote', anchorByExactQuote],
  ['fuzzy-quote', anchorByFuzzyQuote]
]

/**
 * Where an annotation made on another version of an article lies in `text`, and which strategy found
 * it; null when none did, and the annotation must be kept as an orphan.
 */
export function reanchor(text: string, target: AnchorTarget): (Span & { strategy: AnchorStrategy }) | null {
  for (const [strategy, anchor] of STRATEGIES) {
    const span = anchor(text, target)
    if (span) return { ...span, strategy }
  }
  return null
}
