import { useState } from 'react'
import type { WorkbenchApi } from '../../../shared/contract'
import type { Tag } from '../../../shared/model'

/** Runs a tag change; resolves true when it was saved (a refusal is shown by the dialog). */
type Change = (run: (api: WorkbenchApi) => Promise<Tag[]>) => Promise<boolean>

/** One tag's label, colour and key, saved together; a user tag can be deleted with a choice. */
function TagRow({ tag, tags, onChange }: { tag: Tag; tags: Tag[]; onChange: Change }) {
  const [label, setLabel] = useState(tag.label)
  const [color, setColor] = useState(tag.color)
  const [key, setKey] = useState(tag.key)
  const [fate, setFate] = useState('')
  const changed = label !== tag.label || color !== tag.color || key !== tag.key
  return (
    <tr>
      <td>
        <input aria-label={`Label of ${tag.label}`} value={label} onChange={(e) => setLabel(e.target.value)} />
      </td>
      <td>
        <input
          aria-label={`Colour of ${tag.label}`}
          type="color"
          value={color}
          onChange={(e) => setColor(e.target.value)}
        />
      </td>
      <td>
        <input
          aria-label={`Key of ${tag.label}`}
          className="key-input"
          maxLength={1}
          value={key}
          onChange={(e) => setKey(e.target.value)}
        />
      </td>
      <td>
        <button
          disabled={!changed}
          onClick={() => void onChange((api) => api.updateTag({ name: tag.name, patch: { label, color, key } }))}
        >
          Save {tag.label}
        </button>
        {!tag.builtin && (
          <>
            <select
              aria-label={`What happens to ${tag.label}’s annotations`}
              value={fate}
              onChange={(e) => setFate(e.target.value)}
            >
              <option value="">its annotations…</option>
              <option value="delete">delete them too</option>
              {tags
                .filter((t) => t.name !== tag.name)
                .map((t) => (
                  <option key={t.name} value={`retag:${t.name}`}>
                    retag them as {t.label}
                  </option>
                ))}
            </select>
            <button
              onClick={() =>
                void onChange((api) =>
                  api.deleteTag({
                    name: tag.name,
                    annotations: fate === 'delete' ? 'delete' : fate ? 'retag' : undefined,
                    retagAs: fate.startsWith('retag:') ? fate.slice(6) : undefined
                  })
                )
              }
            >
              Delete {tag.label}
            </button>
          </>
        )}
      </td>
    </tr>
  )
}

/** The tag set: edit each tag, and add a user-defined one. */
export function TagEditor({ tags, onChange }: { tags: Tag[]; onChange: Change }) {
  const [label, setLabel] = useState('')
  const [color, setColor] = useState('#7c3aed')
  const [key, setKey] = useState('')
  const name = label
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[^a-z]+|-+$/g, '')
  return (
    <section aria-label="Tags">
      <h3>Tags</h3>
      <table className="tag-table">
        <tbody>
          {tags.map((tag) => (
            <TagRow
              key={`${tag.name}:${tag.label}:${tag.color}:${tag.key}`}
              tag={tag}
              tags={tags}
              onChange={onChange}
            />
          ))}
        </tbody>
      </table>
      <form
        className="new-tag"
        onSubmit={(event) => {
          event.preventDefault()
          void onChange((api) => api.createTag({ name, label: label.trim(), color, key })).then((saved) => {
            if (!saved) return
            setLabel('')
            setKey('')
          })
        }}
      >
        <input
          aria-label="New tag label"
          placeholder="New tag, e.g. Source"
          value={label}
          onChange={(e) => setLabel(e.target.value)}
        />
        <input aria-label="New tag colour" type="color" value={color} onChange={(e) => setColor(e.target.value)} />
        <input
          aria-label="New tag key"
          className="key-input"
          placeholder="key"
          maxLength={1}
          value={key}
          onChange={(e) => setKey(e.target.value)}
        />
        <button type="submit" disabled={!name}>
          Add tag
        </button>
      </form>
    </section>
  )
}
