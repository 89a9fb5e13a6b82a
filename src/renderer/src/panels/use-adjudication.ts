// State and actions of the adjudication view: which article and analysts it compares, the rows as
// main last drew them, and the decisions, each sent through the contract as one undo step.
import { useCallback, useState } from 'react'
import type { EditResult } from '../../../shared/editing'
import type { Adjudication, AdjudicationChoice, AdjudicationRow } from '../../../shared/model'
import { api } from '../api'
import type { SpanTarget } from '../app/use-span-reveal'

interface Options {
  notify: (kind: 'info' | 'error', text: string) => void
  /** Takes a decision's changes into the open article, the article list and the undo history. */
  applyEdit: (result: EditResult, focus: 'after' | 'none') => Promise<void>
  /** The workbench's undo and redo: they move the analyst's history a step, wherever it was. */
  undo: () => Promise<unknown>
  redo: () => Promise<unknown>
  /** Opens an article at a span, scrolled into view and flashed. */
  showSpan: (target: SpanTarget) => void
  /** Focuses an annotation in the article view (drawn with the focus ring), or none. */
  focusAnnotation: (id: string | null) => void
}

export function useAdjudication({ notify, applyEdit, undo, redo, showSpan, focusAnnotation }: Options) {
  const [view, setView] = useState<Adjudication | null>(null)

  const attempt = useCallback(
    async (work: () => Promise<void>): Promise<boolean> => {
      try {
        await work()
        return true
      } catch (error) {
        notify('error', (error as Error).message)
        return false
      }
    },
    [notify]
  )

  const open = useCallback(
    (articleId: number) =>
      attempt(async () => {
        setView(await api.getAdjudication({ articleId }))
        showSpan({ articleId })
      }),
    [attempt, showSpan]
  )

  const chooseAnalysts = useCallback(
    (analystA: string, analystB: string) =>
      attempt(async () => {
        if (!view) return
        setView(await api.getAdjudication({ articleId: view.articleId, analystA, analystB }))
      }),
    [attempt, view]
  )

  /** Redraws the rows of the view from the corpus, keeping its article and analysts. */
  const refresh = useCallback(async (current: Adjudication) => {
    const { articleId, a, b } = current
    setView(await api.getAdjudication({ articleId, analystA: a.id, analystB: b.id }))
  }, [])

  const decide = useCallback(
    (row: AdjudicationRow, choice: AdjudicationChoice) =>
      attempt(async () => {
        if (!view) return
        const { articleId, a, b } = view
        try {
          const { edit, view: next } = await api.adjudicate({
            articleId,
            analystA: a.id,
            analystB: b.id,
            a: row.a?.id ?? null,
            b: row.b?.id ?? null,
            choice
          })
          setView(next)
          await applyEdit(edit, 'none')
          notify('info', edit.label)
        } catch (error) {
          // A row that changed under the view: show the rows as they now stand, then say why.
          await refresh(view)
          throw error
        }
      }),
    [applyEdit, attempt, notify, refresh, view]
  )

  /** Undoes or redoes the analyst's last step (a decision, most likely) and redraws the rows. */
  const moveHistory = useCallback(
    (which: 'undo' | 'redo') =>
      attempt(async () => {
        if (!view) return
        await (which === 'undo' ? undo() : redo())
        await refresh(view)
      }),
    [attempt, redo, refresh, undo, view]
  )

  const showRow = useCallback(
    (row: AdjudicationRow) => {
      if (!view) return
      const sides = [row.a, row.b].filter((x) => x !== null)
      const start = Math.min(...sides.map((x) => x.start))
      const end = Math.max(...sides.map((x) => x.end))
      showSpan({ articleId: view.articleId, start, end, place: 'top' })
      focusAnnotation(row.a?.id ?? row.b?.id ?? null)
    },
    [focusAnnotation, showSpan, view]
  )

  const close = useCallback(() => setView(null), [])

  return { view, open, chooseAnalysts, decide, moveHistory, showRow, close }
}
