import type { Annotation, Tag } from '../../../shared/model'
import { ariaShortcut } from '../keys/keymap'

interface Props {
  tags: Tag[]
  annotations: Annotation[]
  onTag: (tag: string) => void
}

/** One button per tag, which tags the selection; it doubles as the highlight legend with counts. */
export function TagBar({ tags, annotations, onTag }: Props) {
  return (
    <div className="tag-bar" role="toolbar" aria-label="Tags">
      {tags.map((tag) => {
        const count = annotations.filter((a) => a.tag === tag.name).length
        return (
          <button
            key={tag.name}
            className="tag-button"
            aria-keyshortcuts={tag.key ? ariaShortcut(tag.key) : undefined}
            title={`Tag the selection as ${tag.label} (key ${tag.key})`}
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
  )
}
