import { ARTICLE_STATUSES, type Annotation, type ArticleStatus, type Tag } from '../../../shared/model'
import { ariaShortcut } from '../keys/keymap'

interface Props {
  tags: Tag[]
  annotations: Annotation[]
  status: ArticleStatus
  snap: boolean
  caretMode: boolean
  onTag: (tag: string) => void
  onStatus: (status: ArticleStatus) => void
}

export const STATUS_LABEL: Record<ArticleStatus, string> = { new: 'New', in_progress: 'In progress', done: 'Done' }

/**
 * One button per tag, which tags the selection (or retags the focused annotation); it doubles as the
 * highlight legend with counts. Beside it: the article's status and the selection modes.
 */
export function TagBar({ tags, annotations, status, snap, caretMode, onTag, onStatus }: Props) {
  return (
    <div className="tag-bar">
      <div className="tag-buttons" role="toolbar" aria-label="Tags">
        {tags.map((tag) => {
          const count = annotations.filter((a) => a.tag === tag.name).length
          return (
            <button
              key={tag.name}
              className="tag-button"
              aria-keyshortcuts={tag.key ? ariaShortcut(tag.key) : undefined}
              title={`Tag the selection as ${tag.label}${tag.key ? ` (key ${tag.key})` : ''}`}
              // Keep the article selection: a mouse press on a button must not clear it.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => onTag(tag.name)}
            >
              <span className="swatch" style={{ background: tag.color }} aria-hidden="true" />
              {tag.label}
              {tag.key && <kbd aria-hidden="true">{tag.key}</kbd>}
              <span className="tag-count" aria-hidden="true">
                {count}
              </span>
            </button>
          )
        })}
      </div>
      <span className="modes" aria-live="polite">
        {caretMode && <span className="mode-chip">Caret mode (Esc leaves)</span>}
        <span className="mode-chip" title="Toggle with w">
          {snap ? 'Snap to words' : 'Exact selection'}
        </span>
      </span>
      <label className="status-picker">
        Status
        <select
          aria-label="Article status"
          aria-keyshortcuts="Alt+1 Alt+2 Alt+3"
          value={status}
          onChange={(event) => onStatus(event.target.value as ArticleStatus)}
        >
          {ARTICLE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s]}
            </option>
          ))}
        </select>
      </label>
    </div>
  )
}
