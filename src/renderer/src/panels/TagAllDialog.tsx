// Tag all matches: a phrase (from the selection, or typed), a tag, where to look and how to match.
// The preview (count and matches in context) follows every change; Enter applies what it shows, in
// one undo step. Nothing is written before Enter or Apply.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import type { EditResult } from '../../../shared/editing'
import type { Tag, TagAllPreview } from '../../../shared/model'
import { api } from '../api'
import { matchSummary, TagField } from './bulk-dialog'
import { Dialog } from './Dialog'

interface Props {
  articleId: number
  tags: readonly Tag[]
  initialPhrase: string
  onApplied(result: EditResult | null): void
  onError(message: string): void
  onClose(): void
}

/** How long typing may pause before the preview is asked for. */
const PREVIEW_DELAY_MS = 150

export function TagAllDialog({ articleId, tags, initialPhrase, onApplied, onError, onClose }: Props) {
  const [phrase, setPhrase] = useState(initialPhrase)
  const [tag, setTag] = useState(tags.find((t) => !t.builtin)?.name ?? tags[0]?.name ?? '')
  const [scope, setScope] = useState<'article' | 'corpus'>('corpus')
  const [wholeWord, setWholeWord] = useState(true)
  const [caseSensitive, setCaseSensitive] = useState(false)
  /** The last preview (or problem) main returned, and for which input: a stale one is not shown. */
  const [outcome, setOutcome] = useState<{ key: string; preview?: TagAllPreview; problem?: string } | null>(null)
  const phraseRef = useRef<HTMLInputElement>(null)
  const id = useId()

  const input = {
    tag,
    phrase,
    scope,
    articleIds: scope === 'article' ? [articleId] : undefined,
    wholeWord,
    caseSensitive
  }
  const key = JSON.stringify(input)
  const preview = outcome?.key === key ? (outcome.preview ?? null) : null
  const problem = outcome?.key === key ? (outcome.problem ?? null) : null

  useEffect(() => phraseRef.current?.focus(), [])

  useEffect(() => {
    if (!phrase.trim() || !tag) return
    let current = true
    const timer = window.setTimeout(() => {
      api
        .previewTagAll(JSON.parse(key) as typeof input)
        .then((result) => current && setOutcome({ key, preview: result }))
        .catch((error: Error) => current && setOutcome({ key, problem: error.message }))
    }, PREVIEW_DELAY_MS)
    return () => {
      current = false
      window.clearTimeout(timer)
    }
    // `key` stands for every field of the input.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])

  const apply = async (event: FormEvent) => {
    event.preventDefault()
    if (!preview) return
    try {
      onApplied(await api.applyTagAll(input))
      onClose()
    } catch (error) {
      onError((error as Error).message)
    }
  }

  return (
    <Dialog
      className="bulk-dialog"
      backdropClassName="bulk-backdrop"
      labelledBy={`${id}-title`}
      onClose={onClose}
      onSubmit={(event) => void apply(event)}
    >
      <h2 id={`${id}-title`}>Tag all matches</h2>
      <label>
        Phrase
        <input ref={phraseRef} value={phrase} onChange={(e) => setPhrase(e.target.value)} maxLength={500} />
      </label>
      <TagField tags={tags} value={tag} onChange={setTag} />
      <fieldset>
        <legend>Where</legend>
        <label>
          <input type="radio" name="scope" checked={scope === 'article'} onChange={() => setScope('article')} />
          This article
        </label>
        <label>
          <input type="radio" name="scope" checked={scope === 'corpus'} onChange={() => setScope('corpus')} />
          Whole corpus
        </label>
      </fieldset>
      <label>
        <input type="checkbox" checked={wholeWord} onChange={(e) => setWholeWord(e.target.checked)} />
        Whole words only
      </label>
      <label>
        <input type="checkbox" checked={caseSensitive} onChange={(e) => setCaseSensitive(e.target.checked)} />
        Match case
      </label>
      <div role="status" aria-live="polite" aria-label="Preview" className="bulk-preview">
        {problem ? (
          <p className="bulk-problem">{problem}</p>
        ) : preview ? (
          <>
            <p>{matchSummary(preview)}</p>
            <ol aria-label="Matches">
              {preview.matches.slice(0, 50).map((m) => (
                <li key={`${m.articleId}:${m.start}`}>
                  <span className="bulk-title">{m.title}</span> …{m.quote.prefix.slice(-30)}
                  <mark>{m.quote.exact}</mark>
                  {m.quote.suffix.slice(0, 30)}…
                </li>
              ))}
            </ol>
            {preview.problems.map((p) => (
              <p key={p} className="bulk-problem">
                {p}
              </p>
            ))}
          </>
        ) : (
          <p>{phrase.trim() ? 'Looking…' : 'Type a phrase to see its matches.'}</p>
        )}
      </div>
      <div className="bulk-buttons">
        <button type="submit" disabled={!preview || preview.count === 0} aria-keyshortcuts="Enter">
          Apply
        </button>
        <button type="button" onClick={onClose} aria-keyshortcuts="Escape">
          Cancel
        </button>
      </div>
    </Dialog>
  )
}
