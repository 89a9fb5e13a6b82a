import { useState, type FormEvent } from 'react'
import type { Article, ArticleMetaPatch } from '../../../shared/model'

interface Props {
  article: Article
  onSave: (patch: ArticleMetaPatch) => Promise<void>
}

/** The article's title, outlet and date, editable, and the page furniture the import removed. */
export function ArticleDetails({ article, onSave }: Props) {
  const [editing, setEditing] = useState(false)
  const [showRemoved, setShowRemoved] = useState(false)
  const [draft, setDraft] = useState({ title: '', outlet: '', publishedDate: '', url: '' })
  const [error, setError] = useState<string | null>(null)

  const startEditing = () => {
    setDraft({
      title: article.title,
      outlet: article.outlet ?? '',
      publishedDate: article.publishedDate ?? '',
      url: article.url ?? ''
    })
    setError(null)
    setEditing(true)
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    try {
      await onSave({
        title: draft.title,
        outlet: draft.outlet || null,
        publishedDate: draft.publishedDate || null,
        url: draft.url || null
      })
      setEditing(false)
    } catch (caught) {
      setError((caught as Error).message)
    }
  }
  const field = (key: keyof typeof draft, label: string, type = 'text') => (
    <label>
      {label}
      <input type={type} value={draft[key]} onChange={(event) => setDraft({ ...draft, [key]: event.target.value })} />
    </label>
  )

  return (
    <header className="article-header">
      {editing ? (
        <form className="details-form" aria-label="Article details" onSubmit={submit}>
          {field('title', 'Title')}
          {field('outlet', 'Outlet')}
          {field('publishedDate', 'Date', 'date')}
          {field('url', 'URL')}
          {error && (
            <p role="alert" className="error">
              {error}
            </p>
          )}
          <button type="submit">Save details</button>
          <button type="button" onClick={() => setEditing(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <>
          <h1 className="article-title">{article.title}</h1>
          <p className="article-meta">
            {article.outlet ?? 'unknown outlet'} · {article.publishedDate ?? 'no date'} · {article.sourceFile}
            <button className="link-button" onClick={startEditing}>
              Edit details
            </button>
            <button
              className="link-button"
              aria-expanded={showRemoved}
              onClick={() => setShowRemoved(!showRemoved)}
              disabled={article.removed.length === 0}
            >
              Removed text ({article.removed.length})
            </button>
          </p>
        </>
      )}
      {showRemoved && (
        <section className="removed" aria-label="Removed page furniture">
          <p className="muted">Removed on import; kept in the raw text, not annotatable.</p>
          <ul>
            {article.removed.map((segment, index) => (
              <li key={index}>
                <span className="removed-reason">{segment.reason}</span> <s>{segment.text}</s>
              </li>
            ))}
          </ul>
        </section>
      )}
    </header>
  )
}
