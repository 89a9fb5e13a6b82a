import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef, type KeyboardEvent } from 'react'
import type { Annotation, Tag } from '../../../shared/model'

interface Props {
  annotations: Annotation[]
  tags: Tag[]
  focusedId: string | null
  onFocus: (id: string) => void
  onDelete: (id: string) => void
  onEdit: (id: string) => void
}

const ROW_HEIGHT = 58
const shorten = (text: string, max = 90): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text)

/** The quote as the row shows it: in quotation marks, unless the span already starts with one. */
const quoted = (text: string): string => (/^["“‘'«„]/.test(text) ? shorten(text) : `“${shorten(text)}”`)

/** The attributes worth a glance: who said it, what the figure means, how the claim stands. */
export function attributeSummary(annotation: Annotation): string {
  const a = annotation.attributes
  const parts: string[] = []
  if (a.speaker) parts.push(`— ${a.speaker}`)
  if (a.value !== undefined) {
    const value = a.valueHigh !== undefined ? `${a.value}–${a.valueHigh}` : String(a.value)
    parts.push(`${a.approximate ? '≈' : ''}${value}${a.unit ? ` ${a.unit}` : ''}`)
  }
  if (a.status) parts.push(String(a.status))
  if (a.claimant) parts.push(`by ${a.claimant}`)
  if (annotation.note) parts.push('✎')
  return parts.join(' · ')
}

/**
 * The article's annotations in reading order, drawn as a virtual list so thousands of rows cost no
 * more than a screenful. Up/Down move between rows, Enter jumps to the span, e edits, Delete deletes.
 */
export function AnnotationSidebar({ annotations, tags, focusedId, onFocus, onDelete, onEdit }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const labels = new Map(tags.map((tag) => [tag.name, tag]))
  const virtual = useVirtualizer({
    count: annotations.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8
  })
  const focusedIndex = annotations.findIndex((a) => a.id === focusedId)

  useEffect(() => {
    if (focusedIndex >= 0) virtual.scrollToIndex(focusedIndex, { align: 'auto' })
  }, [focusedIndex, virtual])

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
    event.preventDefault()
    const next = annotations[index + (event.key === 'ArrowDown' ? 1 : -1)]
    if (!next) return
    onFocus(next.id)
    requestAnimationFrame(() =>
      scrollRef.current?.querySelector<HTMLButtonElement>(`[data-annotation="${next.id}"]`)?.focus()
    )
  }

  return (
    <aside className="sidebar" aria-label="Annotations">
      <h2>
        Annotations <span className="muted">({annotations.length})</span>
      </h2>
      {annotations.length === 0 && (
        <p className="empty">Select text (or press c for a caret) and press a tag key: 1 Claim, 2 Quote, 3 Figure.</p>
      )}
      <div ref={scrollRef} className="annotation-scroll">
        <ul className="annotation-list" style={{ height: virtual.getTotalSize() }}>
          {virtual.getVirtualItems().map((item) => {
            const annotation = annotations[item.index]
            const tag = labels.get(annotation.tag)
            const focused = annotation.id === focusedId
            const summary = attributeSummary(annotation)
            return (
              <li
                key={annotation.id}
                className={`annotation-row${focused ? ' focused' : ''}`}
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
              >
                <button
                  className="annotation-jump"
                  data-annotation={annotation.id}
                  aria-current={focused ? 'true' : undefined}
                  aria-label={`${tag?.label ?? annotation.tag}: ${annotation.quote.exact}${summary ? ` (${summary})` : ''}`}
                  tabIndex={focused || (focusedIndex === -1 && item.index === 0) ? 0 : -1}
                  onClick={() => onFocus(annotation.id)}
                  onKeyDown={(event) => onKeyDown(event, item.index)}
                >
                  <span className="tag-badge" style={{ background: tag?.color ?? '#666' }}>
                    {tag?.label ?? annotation.tag}
                  </span>
                  <span className="annotation-quote">{quoted(annotation.quote.exact)}</span>
                  <span className="annotation-meta">
                    {summary && <span className="annotation-attrs">{summary}</span>} {annotation.creator.name}
                  </span>
                </button>
                <button
                  className="annotation-edit"
                  aria-label={`Edit attributes of ${tag?.label ?? annotation.tag} “${shorten(annotation.quote.exact, 30)}”`}
                  title="Attributes and note (e)"
                  tabIndex={-1}
                  onClick={() => onEdit(annotation.id)}
                >
                  ✎
                </button>
                <button
                  className="annotation-delete"
                  aria-label={`Delete ${tag?.label ?? annotation.tag} “${shorten(annotation.quote.exact, 30)}”`}
                  title="Delete (Delete key)"
                  tabIndex={-1}
                  onClick={() => onDelete(annotation.id)}
                >
                  ×
                </button>
              </li>
            )
          })}
        </ul>
      </div>
    </aside>
  )
}
