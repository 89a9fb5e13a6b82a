import type { ArticleSummary, StorySuggestion } from '../../../../shared/model'

interface Props {
  suggestions: StorySuggestion[] | null
  articles: ArticleSummary[]
  onSuggest: () => void
  onConfirm: (suggestion: StorySuggestion) => void
}

/** Suggested stories with what their articles share; the analyst confirms one to make it a story. */
export function StorySuggestions({ suggestions, articles, onSuggest, onConfirm }: Props) {
  const titleOf = (id: number) => articles.find((a) => a.id === id)
  return (
    <section className="story-suggestions" aria-label="Suggested stories">
      <h3>Suggested stories</h3>
      <button onClick={onSuggest}>Suggest stories</button>
      {suggestions?.length === 0 && <p className="empty">No articles share enough names, dates and phrases.</p>}
      <ul>
        {suggestions?.map((s) => (
          <li key={s.articleIds.join(',')} className="suggestion" aria-label={`Suggestion: ${s.title}`}>
            <strong>{s.title}</strong> <span className="muted">score {s.score}</span>
            <ul className="suggestion-articles">
              {s.articleIds.map((id) => (
                <li key={id}>
                  {titleOf(id)?.outlet ?? 'unknown outlet'} · {titleOf(id)?.title ?? `#${id}`}
                </li>
              ))}
            </ul>
            <p className="why">
              Shared:{' '}
              {s.shared.map((item) => (
                <span key={`${item.kind}:${item.text}`} className={`shared shared-${item.kind}`}>
                  {item.text} <span className="muted">×{item.articles}</span>
                </span>
              ))}
            </p>
            {s.existingStoryId ? (
              <span className="muted">Already a story.</span>
            ) : (
              <button onClick={() => onConfirm(s)} aria-label={`Make “${s.title}” a story`}>
                Make it a story
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
