// Saved tagging rules: the corpus's phrases and regular expressions per tag, a form to add one (an
// invalid or runaway regex is refused with main's message), and a run over this article or the
// corpus whose preview shows before anything is written; Enter applies it, in one undo step.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import type { EditResult } from '../../../shared/editing'
import type { Tag, TagAllPreview, TagRule } from '../../../shared/model'
import { api } from '../api'
import { matchSummary, TagField } from './bulk-dialog'
import { Dialog } from './Dialog'

interface Props {
  articleId: number
  tags: readonly Tag[]
  onApplied(result: EditResult | null): void
  onError(message: string): void
  onClose(): void
}

export function SavedRulesDialog({ articleId, tags, onApplied, onError, onClose }: Props) {
  const [rules, setRules] = useState<TagRule[]>([])
  const [tag, setTag] = useState(tags.find((t) => !t.builtin)?.name ?? tags[0]?.name ?? '')
  const [kind, setKind] = useState<'phrase' | 'regex'>('phrase')
  const [pattern, setPattern] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const [scope, setScope] = useState<'article' | 'corpus'>('article')
  const [previews, setPreviews] = useState<TagAllPreview[] | null>(null)
  const id = useId()
  const applyRef = useRef<HTMLButtonElement>(null)

  const choose = (next: 'article' | 'corpus') => {
    setScope(next)
    setPreviews(null)
  }

  // Once the preview shows, Apply takes the focus: Enter then applies what the analyst has seen.
  useEffect(() => {
    if (previews) applyRef.current?.focus()
  }, [previews])

  useEffect(() => {
    api
      .listTagRules({})
      .then(setRules)
      .catch((error: Error) => onError(error.message))
  }, [onError])

  const run = { scope, articleIds: scope === 'article' ? [articleId] : undefined }

  const save = async (event: FormEvent) => {
    event.preventDefault()
    try {
      await api.saveTagRules({ rules: [{ tag, kind, pattern }] })
      setRules(await api.listTagRules({}))
      setPattern('')
      setProblem(null)
      setPreviews(null)
    } catch (error) {
      setProblem((error as Error).message)
    }
  }

  const preview = async () => {
    try {
      setPreviews(await api.previewTagRules(run))
    } catch (error) {
      onError((error as Error).message)
    }
  }

  const apply = async (event: FormEvent) => {
    event.preventDefault()
    if (!previews) return void preview()
    try {
      onApplied(await api.applyTagRules(run))
      onClose()
    } catch (error) {
      onError((error as Error).message)
    }
  }

  const remove = async (rule: TagRule) => {
    try {
      setRules(await api.deleteTagRule({ id: rule.id }))
      setPreviews(null)
    } catch (error) {
      onError((error as Error).message)
    }
  }

  return (
    <Dialog className="bulk-dialog" backdropClassName="bulk-backdrop" labelledBy={`${id}-title`} onClose={onClose}>
      <h2 id={`${id}-title`}>Saved rules</h2>
      {rules.length === 0 ? (
        <p className="empty">No saved rules yet.</p>
      ) : (
        <ul aria-label="Rules">
          {rules.map((rule) => (
            <li key={rule.id}>
              {rule.tag}: {rule.kind === 'phrase' ? `“${rule.pattern}”` : `/${rule.pattern}/`}{' '}
              <button type="button" onClick={() => void remove(rule)} aria-label={`Delete rule ${rule.pattern}`}>
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(event) => void save(event)} aria-label="New rule">
        <TagField tags={tags} value={tag} onChange={setTag} />
        <label>
          Kind
          <select value={kind} onChange={(e) => setKind(e.target.value as 'phrase' | 'regex')}>
            <option value="phrase">Phrase</option>
            <option value="regex">Regular expression</option>
          </select>
        </label>
        <label>
          Pattern
          <input value={pattern} onChange={(e) => setPattern(e.target.value)} maxLength={500} />
        </label>
        <button type="submit" disabled={!pattern.trim()}>
          Save rule
        </button>
        {problem && (
          <p role="alert" className="bulk-problem">
            {problem}
          </p>
        )}
      </form>
      <form onSubmit={(event) => void apply(event)} aria-label="Run rules">
        <fieldset>
          <legend>Run on</legend>
          <label>
            <input type="radio" name="rules-scope" checked={scope === 'article'} onChange={() => choose('article')} />
            This article
          </label>
          <label>
            <input type="radio" name="rules-scope" checked={scope === 'corpus'} onChange={() => choose('corpus')} />
            Whole corpus
          </label>
        </fieldset>
        <div role="status" aria-live="polite" aria-label="Rules preview" className="bulk-preview">
          {previews?.map((p) => (
            <p key={p.tag}>
              {p.tag}: {matchSummary(p)}
            </p>
          ))}
        </div>
        <div className="bulk-buttons">
          <button type="button" onClick={() => void preview()} disabled={rules.length === 0}>
            Preview
          </button>
          <button ref={applyRef} type="submit" disabled={!previews} aria-keyshortcuts="Enter">
            Apply
          </button>
          <button type="button" onClick={onClose} aria-keyshortcuts="Escape">
            Close
          </button>
        </div>
      </form>
    </Dialog>
  )
}
