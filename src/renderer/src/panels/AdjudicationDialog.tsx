import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { Adjudication, AdjudicationChoice, AdjudicationRow, Annotation, Tag } from '../../../shared/model'
import { safeColor } from '../editor/highlights'
import './adjudication.css'
import { Dialog } from './Dialog'

/** The dialog's own keys; it holds the keyboard while open, so the workbench's keys do not act behind it. */
const CHOICE_KEYS: Record<string, AdjudicationChoice> = { '1': 'a', a: 'a', '2': 'b', b: 'b', '3': 'both' }
const NEXT_KEYS = new Set(['j', 'ArrowDown', 's'])
const PREV_KEYS = new Set(['k', 'ArrowUp'])

const MATCH_LABEL: Record<AdjudicationRow['match'], string> = {
  exact: 'same span, attributes differ',
  overlap: 'spans overlap',
  retag: 'same span, tags differ',
  'only-a': 'only A',
  'only-b': 'only B'
}

function statusOf(row: AdjudicationRow): string {
  if (row.agreed) return 'agreed'
  if (row.settled) return row.a && row.b ? 'settled: both kept' : `settled: ${row.a ? 'A' : 'B'}’s kept`
  return MATCH_LABEL[row.match]
}

/**
 * An annotation's attributes and note as short parts; an attribute whose value the other side's
 * annotation does not share is marked, so a disagreement on a speaker or a value stands out.
 */
function attributeParts(annotation: Annotation, other: Annotation | null): { text: string; differs: boolean }[] {
  const parts = Object.entries(annotation.attributes)
    .filter(([, value]) => value !== null && value !== '')
    .map(([key, value]) => ({
      text: `${key}: ${String(value)}`,
      differs: other !== null && other.attributes[key] !== value
    }))
  return annotation.note ? [...parts, { text: `note: ${annotation.note}`, differs: false }] : parts
}

/** A tag's colour, faded for a background. */
const fill = (color: string) => `color-mix(in srgb, ${safeColor(color)} 25%, transparent)`

/** One analyst's side of a row: the text around the row with this side's span marked, tag and attributes. */
function Side({ row, side, tags }: { row: AdjudicationRow; side: 'a' | 'b'; tags: Tag[] }) {
  const annotation = row[side]
  if (!annotation) return <div className="adj-side adj-none">— no span</div>
  const { from, text } = row.context
  const tag = tags.find((t) => t.name === annotation.tag)
  const parts = attributeParts(annotation, side === 'a' ? row.b : row.a)
  return (
    <div className="adj-side">
      <span className="adj-tag" style={{ borderColor: safeColor(tag?.color ?? '') }}>
        {tag?.label ?? annotation.tag}
      </span>
      <p className="adj-context">
        {text.slice(0, annotation.start - from)}
        <mark style={{ background: fill(tag?.color ?? '') }}>
          {text.slice(annotation.start - from, annotation.end - from)}
        </mark>
        {text.slice(annotation.end - from)}
      </p>
      {parts.length > 0 && (
        <p className="adj-attributes">
          {parts.map((part, i) => (
            <span key={part.text} className={part.differs ? 'adj-differs' : undefined}>
              {i > 0 && ' · '}
              {part.text}
            </span>
          ))}
        </p>
      )}
    </div>
  )
}

const rowName = (row: AdjudicationRow, index: number, count: number, view: Adjudication): string => {
  const side = (annotation: Annotation | null, name: string) =>
    annotation ? `${name}: ${annotation.tag} “${annotation.quote.exact}”` : `${name}: no span`
  return `Row ${index + 1} of ${count}, ${statusOf(row)}. ${side(row.a, view.a.name)}. ${side(row.b, view.b.name)}.`
}

interface Props {
  view: Adjudication
  tags: Tag[]
  onChooseAnalysts: (analystA: string, analystB: string) => Promise<boolean>
  onDecide: (row: AdjudicationRow, choice: AdjudicationChoice) => Promise<boolean>
  /** The workbench's undo or redo, after which the rows are drawn again. */
  onHistory: (which: 'undo' | 'redo') => Promise<boolean>
  /** Shows the current row's text in the article view. */
  onShowRow: (row: AdjudicationRow) => void
  onClose: () => void
}

/**
 * Two analysts' spans of one article side by side, one row per pair. Keys: j/k or ↑/↓ move, 1 or A
 * keeps A's version, 2 or B keeps B's, 3 keeps both, S skips, F shows agreed and settled rows too,
 * Ctrl+Z undoes the last decision (Ctrl+Shift+Z or Ctrl+Y redoes it), Escape closes.
 */
export function AdjudicationDialog({ view, tags, onChooseAnalysts, onDecide, onHistory, onShowRow, onClose }: Props) {
  const [showAll, setShowAll] = useState(false)
  const [index, setIndex] = useState(0)
  const busy = useRef(false)
  const list = useRef<HTMLOListElement>(null)
  const rows = useMemo(
    () => (showAll ? view.rows : view.rows.filter((row) => !row.agreed && !row.settled)),
    [showAll, view.rows]
  )
  const current = rows[Math.min(index, rows.length - 1)] ?? null
  const open = view.rows.filter((row) => !row.agreed && !row.settled).length

  useEffect(() => list.current?.focus(), [])
  useEffect(() => {
    if (current) onShowRow(current)
    document.getElementById(`adj-row-${current?.key}`)?.scrollIntoView({ block: 'nearest' })
    // Only when the row under the cursor changes, not on every new callback.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current?.key])

  const move = (by: number) =>
    setIndex((i) => Math.max(0, Math.min(rows.length - 1, Math.min(i, rows.length - 1) + by)))

  const run = async (work: () => Promise<boolean>, after?: () => void) => {
    if (busy.current) return
    busy.current = true
    try {
      if (await work()) after?.()
    } finally {
      busy.current = false
    }
  }

  // A decided row leaves the open rows, so the cursor stays put; when all rows show, it moves on.
  const decide = (choice: AdjudicationChoice) =>
    current &&
    void run(
      () => onDecide(current, choice),
      () => showAll && move(1)
    )

  // After Escape, which the dialog frame takes.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.target instanceof HTMLSelectElement) return
    const key = event.key.toLowerCase()
    const choice = CHOICE_KEYS[key]
    if ((event.ctrlKey || event.metaKey) && (key === 'z' || key === 'y')) {
      event.preventDefault()
      return void run(() => onHistory(key === 'z' && !event.shiftKey ? 'undo' : 'redo'))
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return
    if (choice) {
      event.preventDefault()
      return decide(choice)
    }
    if (NEXT_KEYS.has(event.key) || PREV_KEYS.has(event.key)) {
      event.preventDefault()
      return move(NEXT_KEYS.has(event.key) ? 1 : -1)
    }
    if (key === 'f') setShowAll((on) => !on)
  }

  // Choosing for one side the analyst the other side shows swaps the two.
  const choose = (side: 'A' | 'B', id: string) => {
    const [a, b] =
      side === 'A' ? [id, id === view.b.id ? view.a.id : view.b.id] : [id === view.a.id ? view.b.id : view.a.id, id]
    return onChooseAnalysts(a, b)
  }

  const chooser = (side: 'A' | 'B') => (
    <label>
      {side}
      <select
        aria-label={`Analyst ${side}`}
        value={side === 'A' ? view.a.id : view.b.id}
        onChange={(e) => void run(() => choose(side, e.target.value))}
      >
        {view.analysts.map(({ analyst, annotations }) => (
          <option key={analyst.id} value={analyst.id}>
            {analyst.name} ({annotations})
          </option>
        ))}
      </select>
    </label>
  )

  return (
    <Dialog
      className="adjudication"
      backdropClassName="adjudication-backdrop"
      labelledBy="adjudication-title"
      onClose={onClose}
      onKeyDown={onKeyDown}
    >
      <header className="adj-head">
        <h2 id="adjudication-title">Adjudicate “{view.title}”</h2>
        <span className="adj-count" role="status">
          {open} open of {view.rows.length} rows
        </span>
        <button onClick={onClose}>Close</button>
      </header>
      <div className="adj-controls">
        {chooser('A')}
        {chooser('B')}
        <label className="adj-filter">
          <input type="checkbox" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} />
          Show agreed and settled rows (F)
        </label>
      </div>
      <div className="adj-columns" aria-hidden="true">
        <span />
        <span>A: {view.a.name}</span>
        <span>B: {view.b.name}</span>
      </div>
      <ol
        ref={list}
        className="adj-rows"
        role="listbox"
        tabIndex={0}
        aria-label={`Rows to adjudicate between ${view.a.name} (A) and ${view.b.name} (B)`}
        aria-activedescendant={current ? `adj-row-${current.key}` : undefined}
      >
        {rows.length === 0 && (
          <li className="adj-empty">
            {view.rows.length === 0 ? 'Neither analyst has a span here.' : 'Every row is agreed or settled.'}
          </li>
        )}
        {rows.map((row, i) => (
          <li
            key={row.key}
            id={`adj-row-${row.key}`}
            role="option"
            aria-selected={row === current}
            aria-label={rowName(row, i, rows.length, view)}
            className={`adj-row${row === current ? ' current' : ''}${row.agreed || row.settled ? ' done' : ''}`}
            onClick={() => setIndex(i)}
          >
            <span className="adj-status">{statusOf(row)}</span>
            <Side row={row} side="a" tags={tags} />
            <Side row={row} side="b" tags={tags} />
          </li>
        ))}
      </ol>
      <div className="modal-actions">
        <button disabled={!current} aria-keyshortcuts="1 A" onClick={() => decide('a')}>
          Keep A’s (1)
        </button>
        <button disabled={!current} aria-keyshortcuts="2 B" onClick={() => decide('b')}>
          Keep B’s (2)
        </button>
        <button disabled={!current} aria-keyshortcuts="3" onClick={() => decide('both')}>
          Keep both (3)
        </button>
        <button disabled={!current} aria-keyshortcuts="S J" onClick={() => move(1)}>
          Skip (S)
        </button>
        <button aria-keyshortcuts="Control+Z" onClick={() => void run(() => onHistory('undo'))}>
          Undo last decision (Ctrl+Z)
        </button>
      </div>
      <p className="adj-keys">
        j/k or ↑/↓ move · 1 or a keeps A’s · 2 or b keeps B’s · 3 keeps both · s skips · f shows all rows · Ctrl+Z
        undoes, Ctrl+Shift+Z redoes · Escape closes. The span not kept is deleted (undo brings it back).
      </p>
    </Dialog>
  )
}
