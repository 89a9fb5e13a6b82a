import type { AnchorTarget, Span } from './types'

/**
 * The old position itself, when the new text still holds the exact quote there: the cheapest check,
 * and right whenever the change left everything before the span alone. Null otherwise.
 */
export function anchorByPosition(text: string, target: AnchorTarget): Span | null {
  const { start, end } = target.hint
  return text.slice(start, end) === target.quote.exact ? { start, end } : null
}
