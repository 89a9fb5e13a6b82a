import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import './team.css'
import type { AnnotationVersionDigest, BundleImportPreview, ConflictChoice, MergeItem } from '../../../shared/model'
import { Dialog } from './Dialog'

const CHOICE_KEYS: Record<string, ConflictChoice> = { m: 'mine', t: 'theirs', b: 'both' }

function describe(side: AnnotationVersionDigest | null): string {
  if (!side) return '—'
  if (side.state === 'deleted') return `deleted ${side.deleted.slice(0, 16).replace('T', ' ')}`
  const note = side.note ? ` — ${side.note}` : ''
  return `${side.tag} “${side.exact}”${note} (${side.creator.name}, ${side.modified.slice(0, 16).replace('T', ' ')})`
}

function ItemList({ title, items }: { title: string; items: MergeItem[] }) {
  if (items.length === 0) return null
  return (
    <details>
      <summary>
        {title}: {items.length}
      </summary>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            {item.articleTitle}: {describe(item.theirs)}
          </li>
        ))}
      </ul>
    </details>
  )
}

interface Props {
  preview: BundleImportPreview
  onApply: (choices: Record<string, ConflictChoice>) => void
  onCancel: () => void
}

/**
 * What a bundle would change, before anything is written. Each conflict is a group of three choices
 * (keys M, T, B while it has focus; ↑/↓ move between conflicts); Enter merges, Escape cancels.
 */
export function MergePreviewDialog({ preview, onApply, onCancel }: Props) {
  const [choices, setChoices] = useState<Record<string, ConflictChoice>>(() =>
    Object.fromEntries(preview.conflicts.map((c) => [c.id, c.suggested]))
  )
  const rows = useRef<(HTMLFieldSetElement | null)[]>([])
  const applyButton = useRef<HTMLButtonElement>(null)
  useEffect(() => (rows.current[0] ?? applyButton.current)?.focus(), [])

  // After Escape, which the dialog frame takes.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement)) {
      event.preventDefault()
      return onApply(choices)
    }
    const row = rows.current.findIndex((element) => element?.contains(event.target as Node))
    if (row < 0) return
    const conflict = preview.conflicts[row]
    const choice = CHOICE_KEYS[event.key.toLowerCase()]
    if (choice && (choice !== 'both' || conflict.canKeepBoth)) setChoices({ ...choices, [conflict.id]: choice })
    else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      rows.current[row + (event.key === 'ArrowDown' ? 1 : -1)]?.focus()
    }
  }

  return (
    <Dialog className="modal merge-preview" labelledBy="merge-title" onClose={onCancel} onKeyDown={onKeyDown}>
      <h2 id="merge-title">Merge {preview.file}?</h2>
      <p>
        Articles: {preview.articlesAdded} new, {preview.articlesExisting} already here, {preview.articlesReanchored}{' '}
        re-anchored in a changed text. Annotations: {preview.added.length} added, {preview.changed.length} changed,{' '}
        {preview.deleted.length} deleted, {preview.unchanged} unchanged, {preview.orphans.length} orphaned.
      </p>
      <ItemList title="Added" items={preview.added} />
      <ItemList title="Changed" items={preview.changed} />
      <ItemList title="Deleted" items={preview.deleted} />
      {preview.orphans.length > 0 && (
        <p>
          {preview.orphans.length} annotation(s) could not be placed in this corpus’s text and will wait in the orphans
          list.
        </p>
      )}
      {preview.conflicts.map((conflict, index) => (
        <fieldset
          key={conflict.id}
          ref={(element) => {
            rows.current[index] = element
          }}
          tabIndex={0}
          className="conflict"
          aria-label={`Conflict on ${conflict.articleTitle}: keys M, T or B to choose`}
        >
          <legend>Conflict on {conflict.articleTitle}</legend>
          <p>Mine: {describe(conflict.mine)}</p>
          <p>Theirs: {describe(conflict.theirs)}</p>
          {(['mine', 'theirs', 'both'] as const).map((choice) => (
            <label key={choice}>
              <input
                type="radio"
                name={`choice-${conflict.id}`}
                checked={choices[conflict.id] === choice}
                disabled={choice === 'both' && !conflict.canKeepBoth}
                onChange={() => setChoices({ ...choices, [conflict.id]: choice })}
              />
              {choice === 'mine' ? 'Keep mine' : choice === 'theirs' ? 'Keep theirs' : 'Keep both'}
            </label>
          ))}
        </fieldset>
      ))}
      <div className="modal-actions">
        <button ref={applyButton} onClick={() => onApply(choices)}>
          Merge
        </button>
        <button onClick={onCancel}>Cancel</button>
      </div>
    </Dialog>
  )
}
