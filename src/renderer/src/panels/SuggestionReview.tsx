// The suggestion review: the open article's pending suggestions, drawn dashed in the text and listed
// here. Keys (from the one keymap table): Enter accepts the focused suggestion, x rejects it for good,
// Shift+A accepts every suggestion of its kind in the article, ] and [ move, Escape closes.
import { useEffect, useRef } from 'react'
import type { Suggestion, SuggestionKind } from '../../../shared/model'
import type { SuggestionReview as Review } from '../app/use-suggestions'

interface Props {
  review: Review
  text: string
  kinds: readonly SuggestionKind[]
  onKinds(kinds: SuggestionKind[]): void
}

const KIND_LABELS: Record<SuggestionKind, string> = { quote: 'Quotes', figure: 'Figures', claim: 'Claims' }

/** What a suggestion proposes, in words, for its row and its accessible name. */
export function describeSuggestion(s: Suggestion, text: string): string {
  const exact = text.slice(s.start, s.end)
  const shown = exact.length > 80 ? `${exact.slice(0, 77)}…` : exact
  const details = Object.entries(s.attributes)
    .map(([key, value]) => `${key} ${String(value)}`)
    .join(', ')
  return `${s.kind}: “${shown}”${details ? ` (${details})` : ''}`
}

export function SuggestionReview({ review, text, kinds, onKinds }: Props) {
  const rows = useRef<(HTMLButtonElement | null)[]>([])

  // The focused suggestion's row takes the keyboard focus, so Enter and x act on what is shown.
  useEffect(() => {
    if (review.focused) rows.current[review.index]?.focus()
  }, [review.focused, review.index])

  const toggle = (kind: SuggestionKind, on: boolean) => onKinds(on ? [...kinds, kind] : kinds.filter((k) => k !== kind))

  return (
    <aside className="suggestion-review" aria-label="Suggestions">
      <header>
        <h2>
          Suggestions <span aria-label="pending suggestions">({review.suggestions.length})</span>
        </h2>
        {(Object.keys(KIND_LABELS) as SuggestionKind[]).map((kind) => (
          <label key={kind}>
            <input
              type="checkbox"
              checked={kinds.includes(kind)}
              disabled={kinds.length === 1 && kinds.includes(kind)}
              onChange={(e) => toggle(kind, e.target.checked)}
            />
            {KIND_LABELS[kind]}
          </label>
        ))}
      </header>
      <div className="suggestion-buttons">
        <button onClick={() => void review.accept()} disabled={!review.focused} aria-keyshortcuts="Enter">
          Accept
        </button>
        <button onClick={() => void review.reject()} disabled={!review.focused} aria-keyshortcuts="X">
          Reject
        </button>
        <button onClick={() => void review.acceptAllOfKind()} disabled={!review.focused} aria-keyshortcuts="Shift+A">
          Accept all {review.focused ? KIND_LABELS[review.focused.kind].toLowerCase() : ''}
        </button>
        <button onClick={review.close} aria-keyshortcuts="Escape">
          Close
        </button>
      </div>
      {review.suggestions.length === 0 ? (
        <p className="empty">No pending suggestions in this article.</p>
      ) : (
        <ol className="suggestion-list">
          {review.suggestions.map((s, i) => (
            <li key={`${s.kind}:${s.start}:${s.end}`}>
              <button
                ref={(el) => {
                  rows.current[i] = el
                }}
                data-suggestion=""
                aria-current={i === review.index ? 'true' : undefined}
                aria-label={`Suggested ${describeSuggestion(s, text)}`}
                onClick={() => review.focus(i)}
                title={`${s.rule} · confidence ${s.confidence}`}
              >
                {describeSuggestion(s, text)}
              </button>
            </li>
          ))}
        </ol>
      )}
    </aside>
  )
}
