// Bulk tagging in the window: the tag-all dialog, the suggestion review and their keys. Mounted by
// App with one line. Its keys are read from the one keymap table and handled here, before App's own
// handler, which leaves them alone (see isBulkCommand).
import { useCallback, useEffect, useState, type RefObject } from 'react'
import type { EditResult } from '../../../shared/editing'
import type { Article, SuggestionKind, Tag } from '../../../shared/model'
import { rangeOf, type ArticleLayout } from '../editor/article-layout'
import { clearSuggestions, paintSuggestions, suggestionStyles } from '../editor/suggestion-highlights'
import { chordOf, commandFor, type AppCommand, type CommandName, type KeyBinding } from '../keys/keymap'
import { useSuggestions } from '../app/use-suggestions'
import { SavedRulesDialog } from './SavedRulesDialog'
import { SuggestionReview } from './SuggestionReview'
import { TagAllDialog } from './TagAllDialog'

const BULK: ReadonlySet<CommandName> = new Set<CommandName>([
  'tag-all-matches',
  'saved-rules',
  'review-suggestions',
  'accept-suggestion',
  'reject-suggestion',
  'accept-all-suggestions',
  'next-suggestion',
  'prev-suggestion'
])

/** Commands this component handles; App's key handler skips them. */
export const isBulkCommand = (command: AppCommand): boolean => command.kind !== 'tag' && BULK.has(command.kind)

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.matches('input, textarea, select') || target.isContentEditable)

interface Props {
  article: Article | null
  tags: readonly Tag[]
  layoutRef: RefObject<ArticleLayout | null>
  layoutVersion: number
  /** Every key binding, the analyst's own included (App's table). */
  bindings: readonly KeyBinding[]
  /** Takes the rows a bulk write returns (annotations, counts, history), as every edit does. */
  applyEdit(result: EditResult): Promise<unknown> | void
  notify(kind: 'info' | 'error', text: string): void
}

export function BulkTagging({ article, tags, bindings, layoutRef, layoutVersion, applyEdit, notify }: Props) {
  const [kinds, setKinds] = useState<SuggestionKind[]>(['quote', 'figure'])
  const [dialogPhrase, setDialogPhrase] = useState<string | null>(null)
  const [rulesOpen, setRulesOpen] = useState(false)
  const onError = useCallback((message: string) => notify('error', message), [notify])
  const onChanged = useCallback(
    async (result: EditResult | null) => {
      // One accepted suggestion shows in the sidebar; a bulk write says what it did.
      if (result && result.changes.length > 1) {
        notify('info', `${result.label}: ${result.changes.length} annotations, one undo step`)
      }
      if (result) await applyEdit(result)
    },
    [notify, applyEdit]
  )
  const review = useSuggestions(article?.id ?? null, kinds, onChanged, onError)
  const { close: closeReview } = review

  useEffect(() => closeReview(), [article?.id, closeReview])

  useEffect(() => {
    const layout = layoutRef.current
    if (review.open && layout) {
      paintSuggestions(layout, review.suggestions, review.focused)
      // Keep the suggestion under review in sight as the keys move through the list.
      if (review.focused)
        rangeOf(layout, review.focused.start, review.focused.end).startContainer.parentElement?.scrollIntoView({
          block: 'nearest'
        })
    } else clearSuggestions()
  }, [layoutRef, layoutVersion, review.open, review.suggestions, review.focused])

  useEffect(() => {
    const handled = (command: AppCommand, target: EventTarget | null): boolean => {
      if (command.kind === 'tag' || !article) return false
      switch (command.kind) {
        case 'tag-all-matches':
          setDialogPhrase(window.getSelection()?.toString().trim() ?? '')
          return true
        case 'saved-rules':
          setRulesOpen(true)
          return true
        case 'review-suggestions':
          review.start()
          return true
        case 'clear-focus':
          if (!review.open) return false
          review.close()
          return true
      }
      if (!review.open || !BULK.has(command.kind)) return false
      // Enter belongs to whatever control has the focus, unless that is a suggestion (or nothing).
      const onSuggestion = target instanceof HTMLElement && target.closest('[data-suggestion]') !== null
      if (command.kind === 'accept-suggestion' && !onSuggestion && target !== document.body) return false
      if (command.kind === 'accept-suggestion') void review.accept()
      else if (command.kind === 'reject-suggestion') void review.reject()
      else if (command.kind === 'accept-all-suggestions') void review.acceptAllOfKind()
      else if (command.kind === 'next-suggestion') review.move(1)
      else if (command.kind === 'prev-suggestion') review.move(-1)
      return true
    }
    const onKey = (event: KeyboardEvent) => {
      if (dialogPhrase !== null || rulesOpen || isTyping(event.target)) return
      // An open dialog (adjudication, merge preview, settings…) owns its keys, as it does for App's handler.
      if (event.target instanceof Element && event.target.closest('[role="dialog"]')) return
      const command = commandFor(bindings, chordOf(event))
      if (!command || !handled(command, event.target)) return
      event.preventDefault()
      event.stopPropagation()
    }
    // Capture: this runs before App's handler and before the focused control's own.
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [article, bindings, dialogPhrase, review, rulesOpen])

  return (
    <>
      <style>{BULK_STYLES + suggestionStyles()}</style>
      {review.open && article && (
        <SuggestionReview review={review} text={article.text} kinds={kinds} onKinds={setKinds} />
      )}
      {rulesOpen && article && (
        <SavedRulesDialog
          articleId={article.id}
          tags={tags}
          onApplied={(result) => void onChanged(result)}
          onError={onError}
          onClose={() => setRulesOpen(false)}
        />
      )}
      {dialogPhrase !== null && article && (
        <TagAllDialog
          articleId={article.id}
          tags={tags}
          initialPhrase={dialogPhrase}
          onApplied={(result) => void onChanged(result)}
          onError={onError}
          onClose={() => setDialogPhrase(null)}
        />
      )}
    </>
  )
}

const BULK_STYLES = `
.bulk-backdrop { position: fixed; inset: 0; background: rgba(15, 23, 42, 0.35); display: grid; place-items: center; z-index: 20; }
.bulk-dialog { background: #fff; padding: 1rem 1.25rem; border-radius: 8px; width: min(42rem, 92vw); max-height: 86vh; overflow: auto; display: grid; gap: 0.5rem; }
.bulk-dialog label { display: flex; gap: 0.5rem; align-items: center; }
.bulk-dialog fieldset { display: flex; gap: 1rem; border: 1px solid #e5e7eb; }
.bulk-preview ol { max-height: 16rem; overflow: auto; font-size: 0.85rem; padding-left: 1.5rem; }
.bulk-title { color: #6b7280; margin-right: 0.25rem; }
.bulk-problem { color: #b91c1c; }
.bulk-buttons { display: flex; gap: 0.5rem; justify-content: flex-end; }
.suggestion-review { position: fixed; left: 1rem; bottom: 1rem; width: min(28rem, 45vw); max-height: 45vh; overflow: auto; background: #fff; border: 1px solid #cbd5e1; border-radius: 8px; padding: 0.5rem 0.75rem; box-shadow: 0 4px 16px rgba(0,0,0,0.15); z-index: 10; }
.suggestion-review header { display: flex; gap: 0.75rem; align-items: center; flex-wrap: wrap; }
.suggestion-review h2 { font-size: 1rem; margin: 0; }
.suggestion-buttons { display: flex; gap: 0.4rem; margin: 0.4rem 0; }
.suggestion-list { list-style: none; padding: 0; margin: 0; font-size: 0.85rem; }
.suggestion-list button { width: 100%; text-align: left; background: none; border: 1px dashed transparent; padding: 0.2rem 0.3rem; }
.suggestion-list button[aria-current='true'] { border-color: #0f172a; background: #e0f2fe; }
`
