import { useEffect, useRef } from 'react'
import type { Annotation, Tag } from '../../../shared/model'

interface Props {
  annotations: Annotation[]
  tags: Tag[]
  focusedId: string | null
  onFocus: (id: string) => void
  onDelete: (id: string) => void
}

const shorten = (text: string, max = 90): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text)

/** The quote as the row shows it: in quotation marks, unless the span already starts with one. */
const quoted = (text: string): string => (/^["“‘'«„]/.test(text) ? shorten(text) : `“${shorten(text)}”`)

/** The article's annotations in reading order; a click or Enter jumps to the span. */
export function AnnotationSidebar({ annotations, tags, focusedId, onFocus, onDelete }: Props) {
  const listRef = useRef<HTMLUListElement>(null)
  const tagOf = (name: string) => tags.find((tag) => tag.name === name)

  useEffect(() => {
    listRef.current?.querySelector('[aria-current="true"]')?.scrollIntoView({ block: 'nearest' })
  }, [focusedId])

  return (
    <aside className="sidebar" aria-label="Annotations">
      <h2>
        Annotations <span className="muted">({annotations.length})</span>
      </h2>
      {annotations.length === 0 && (
        <p className="empty">Select text and press a tag key (1 Claim, 2 Quote, 3 Figure).</p>
      )}
      <ul ref={listRef} className="annotation-list">
        {annotations.map((annotation) => {
          const tag = tagOf(annotation.tag)
          const focused = annotation.id === focusedId
          return (
            <li key={annotation.id} className={`annotation-row${focused ? ' focused' : ''}`}>
              <button
                className="annotation-jump"
                aria-current={focused ? 'true' : undefined}
                aria-label={`${tag?.label ?? annotation.tag}: ${annotation.quote.exact}`}
                onClick={() => onFocus(annotation.id)}
              >
                <span className="tag-badge" style={{ background: tag?.color ?? '#666' }}>
                  {tag?.label ?? annotation.tag}
                </span>
                <span className="annotation-quote">{quoted(annotation.quote.exact)}</span>
                <span className="annotation-meta">{annotation.creator.name}</span>
              </button>
              <button
                className="annotation-delete"
                aria-label={`Delete ${tag?.label ?? annotation.tag} “${shorten(annotation.quote.exact, 30)}”`}
                title="Delete (Delete key)"
                onClick={() => onDelete(annotation.id)}
              >
                ×
              </button>
            </li>
          )
        })}
      </ul>
    </aside>
  )
}
