import { useState } from 'react'
import type { ArticleSummary } from '../../../../shared/model'
import type { SpanTarget } from '../../app/use-span-reveal'
import { ComparisonView } from './ComparisonView'
import { NewStoryForm } from './NewStoryForm'
import { StorySuggestions } from './StorySuggestions'
import { useStories } from './use-stories'
import './stories.css'

interface Props {
  open: boolean
  articles: ArticleSummary[]
  onClose: () => void
  /** Opens an article at a span (the stories view closes so the article shows). */
  onOpen: (target: SpanTarget) => void
  report: (error: unknown) => void
}

/**
 * Stories and their comparison: make stories by hand or confirm suggested ones, then see the
 * story's figures, quotes and claims side by side. Stays mounted while hidden, so the analyst
 * returns to the same story after opening a cell's span.
 */
export function StoriesPanel({ open, articles, onClose, onOpen, report }: Props) {
  const s = useStories(report, open)
  const [adding, setAdding] = useState('')
  const story = s.selected
  const outside = articles.filter((a) => !story?.articles.some((b) => b.id === a.id))

  return (
    <section className="stories-panel" aria-label="Stories" hidden={!open}>
      <div className="stories-side">
        <div className="stories-head">
          <h2>Stories</h2>
          <button onClick={onClose}>Back to the article</button>
        </div>
        <ul className="story-list">
          {s.stories.map((item) => (
            <li key={item.id}>
              <button aria-current={item.id === story?.id ? 'true' : undefined} onClick={() => s.select(item.id)}>
                {item.title} <span className="muted">({item.articles.length} articles)</span>
              </button>
            </li>
          ))}
        </ul>
        {s.stories.length === 0 && <p className="empty">No stories yet: make one below, or ask for suggestions.</p>}
        <NewStoryForm articles={articles} onCreate={(title, ids) => void s.create(title, ids)} />
        <StorySuggestions
          suggestions={s.suggestions}
          articles={articles}
          onSuggest={() => void s.suggest()}
          onConfirm={(suggestion) => void s.create(suggestion.title, suggestion.articleIds)}
        />
      </div>
      <div className="story-main">
        {story ? (
          <>
            <h2>{story.title}</h2>
            <ul className="story-articles" aria-label="Articles of the story">
              {story.articles.map((a) => (
                <li key={a.id}>
                  {a.outlet ?? 'unknown outlet'} · {a.publishedDate ?? 'no date'} · {a.title}{' '}
                  <button
                    aria-label={`Remove “${a.title}” from the story`}
                    onClick={() => void s.update({ id: story.id, remove: [a.id] })}
                  >
                    Remove
                  </button>
                </li>
              ))}
            </ul>
            <div className="story-edit">
              <select aria-label="Article to add" value={adding} onChange={(e) => setAdding(e.target.value)}>
                <option value="">Add an article…</option>
                {outside.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.outlet ?? 'unknown outlet'} · {a.title}
                  </option>
                ))}
              </select>
              <button
                disabled={!adding}
                onClick={() => {
                  void s.update({ id: story.id, add: [Number(adding)] })
                  setAdding('')
                }}
              >
                Add to story
              </button>
              <button onClick={() => void s.remove(story.id)}>Delete story</button>
            </div>
            {s.comparison && (
              <ComparisonView
                comparison={s.comparison}
                onExport={(format) => void s.exportAs(format)}
                onOpen={(target) => {
                  onClose()
                  onOpen(target)
                }}
              />
            )}
          </>
        ) : (
          <p className="empty centered">Choose a story to compare its outlets.</p>
        )}
      </div>
    </section>
  )
}
