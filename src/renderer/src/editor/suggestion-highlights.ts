// Draws pending suggestions dashed, apart from annotations: one CSS Custom Highlight per kind
// (`wb-suggestion-quote`…) and one for the suggestion under review, following highlights.ts. They
// never touch the annotation highlights, so accepting one simply moves its span from here to there.
import type { Suggestion, SuggestionKind } from '../../../shared/model'
import { rangeOf, type ArticleLayout } from './article-layout'
import { canHighlight } from './highlights'

export const SUGGESTION_KINDS: readonly SuggestionKind[] = ['quote', 'figure', 'claim']
export const suggestionHighlightName = (kind: SuggestionKind): string => `wb-suggestion-${kind}`
export const FOCUSED_SUGGESTION = 'wb-suggestion-focus'

/** Each kind's dashed colour: the colour of the tag an accepted suggestion becomes. */
const COLORS: Record<SuggestionKind, string> = { quote: '#2563eb', figure: '#059669', claim: '#d97706' }

/** Replaces the suggestion highlights with `suggestions`, and marks the focused one. */
export function paintSuggestions(
  layout: ArticleLayout,
  suggestions: readonly Suggestion[],
  focused: Suggestion | null
): void {
  if (!canHighlight()) return
  for (const kind of SUGGESTION_KINDS) {
    const ranges = suggestions.filter((s) => s.kind === kind).map((s) => rangeOf(layout, s.start, s.end))
    const highlight = new Highlight(...ranges)
    // Below the annotations' fills and the focus, above nothing: a suggestion is only a hint.
    highlight.priority = -1
    CSS.highlights.set(suggestionHighlightName(kind), highlight)
  }
  const focus = new Highlight(...(focused ? [rangeOf(layout, focused.start, focused.end)] : []))
  focus.priority = 999
  CSS.highlights.set(FOCUSED_SUGGESTION, focus)
}

/** Removes the suggestion highlights (review closed, or another article opened). */
export function clearSuggestions(): void {
  if (!canHighlight()) return
  for (const kind of SUGGESTION_KINDS) CSS.highlights.delete(suggestionHighlightName(kind))
  CSS.highlights.delete(FOCUSED_SUGGESTION)
}

/** The dashed underline of each kind and the outline of the focused suggestion. */
export function suggestionStyles(): string {
  const rules = SUGGESTION_KINDS.map(
    (kind) => `::highlight(${suggestionHighlightName(kind)}) { text-decoration: underline dashed 2px ${COLORS[kind]}; }`
  )
  rules.push(
    `::highlight(${FOCUSED_SUGGESTION}) { background-color: rgba(125, 211, 252, 0.45); text-decoration: underline dashed 2px #0f172a; }`
  )
  return rules.join('\n')
}
