import type { RefObject } from 'react'
import type { ArticleSummary, Tag } from '../../../shared/model'
import { STATUS_LABEL } from './TagBar'

interface Props {
  articles: ArticleSummary[]
  tags: Tag[]
  selectedId: number | null
  filter: string
  filterRef: RefObject<HTMLInputElement | null>
  onFilter: (filter: string) => void
  onOpen: (id: number) => void
}

/** The corpus: every article with its outlet, date and annotation counts per tag, and a filter box. */
export function CorpusList({ articles, tags, selectedId, filter, filterRef, onFilter, onOpen }: Props) {
  const done = articles.filter((a) => a.status === 'done').length
  const started = articles.filter((a) => a.status === 'in_progress').length
  return (
    <nav className="corpus" aria-label="Corpus">
      <input
        ref={filterRef}
        className="filter"
        type="search"
        aria-label="Filter articles"
        placeholder="Filter articles  ( / )"
        value={filter}
        onChange={(event) => onFilter(event.target.value)}
      />
      <p className="corpus-count">
        {articles.length} article{articles.length === 1 ? '' : 's'} · {done} done, {started} in progress
      </p>
      <div
        className="progress"
        role="progressbar"
        aria-label="Articles done"
        aria-valuemin={0}
        aria-valuemax={articles.length}
        aria-valuenow={done}
      >
        <span style={{ width: `${articles.length ? (100 * done) / articles.length : 0}%` }} />
      </div>
      <ul className="corpus-list">
        {articles.map((article) => (
          <li key={article.id}>
            <button
              className={`corpus-item${article.id === selectedId ? ' selected' : ''}`}
              aria-current={article.id === selectedId ? 'true' : undefined}
              onClick={() => onOpen(article.id)}
            >
              <span className={`status-badge ${article.status}`}>{STATUS_LABEL[article.status]}</span>
              <span className="corpus-title">{article.title}</span>
              <span className="corpus-meta">
                {article.outlet ?? 'unknown outlet'} · {article.publishedDate ?? 'no date'}
              </span>
              <span className="corpus-counts">
                {tags.map((tag) => (
                  <span key={tag.name} className="count-chip" style={{ borderColor: tag.color }} title={tag.label}>
                    {tag.label} {article.counts[tag.name] ?? 0}
                  </span>
                ))}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {articles.length === 0 && <p className="empty">No articles yet. Import some with “Import articles” (Ctrl+O).</p>}
    </nav>
  )
}
