// The analyst's edits of annotations, undo and redo, article status, tags and key bindings. Each
// action calls the contract and takes back the rows main returns; nothing is guessed locally.
import { useCallback, type Dispatch, type SetStateAction } from 'react'
import type { Session } from '../../../shared/contract'
import { applyChanges, type AnnotationPatch, type EditResult } from '../../../shared/editing'
import type { Annotation, Article, ArticleStatus, ArticleSummary, Tag } from '../../../shared/model'
import { api } from '../api'

export interface EditingState {
  article: Article | null
  annotations: Annotation[]
  setAnnotations: Dispatch<SetStateAction<Annotation[]>>
  setArticles: Dispatch<SetStateAction<ArticleSummary[]>>
  setSession: Dispatch<SetStateAction<Session | null>>
  setFocusedId: (id: string | null) => void
  openArticle: (id: number, focus?: string | null) => Promise<unknown>
  attempt: <T>(action: () => Promise<T>) => Promise<T | undefined>
  notify: (kind: 'info' | 'error', text: string) => void
}

/** The article an edit touched first. */
const articleOf = (result: EditResult): number | null => {
  const change = result.changes[0]
  return (change?.after ?? change?.before)?.articleId ?? null
}

export function useEditing(state: EditingState) {
  const { article, annotations, setAnnotations, setArticles, setSession, setFocusedId, openArticle, attempt, notify } =
    state

  /** Takes the rows an edit returns: the article's annotations, the list's counts and the history. */
  const applyEdit = useCallback(
    async (result: EditResult, focus: 'after' | 'none' = 'after') => {
      setArticles((list) =>
        list.map((a) =>
          result.counts[a.id] ? { ...a, counts: result.counts[a.id], status: result.statuses[a.id] ?? a.status } : a
        )
      )
      setSession((current) => (current ? { ...current, history: result.history } : current))
      const target = result.changes.find((c) => c.after)?.after?.id ?? null
      const touched = articleOf(result)
      if (article && touched !== null && touched !== article.id) {
        // Undo and redo may reach back into another article: show it where it changed.
        await openArticle(touched, focus === 'after' ? target : null)
        return
      }
      if (article) setAnnotations((rows) => applyChanges(rows, article.id, result.changes))
      if (focus === 'after') setFocusedId(target)
    },
    [article, openArticle, setAnnotations, setArticles, setFocusedId, setSession]
  )

  const tagSpan = useCallback(
    (tag: string, start: number, end: number) =>
      attempt(async () => {
        if (!article) return
        const result = await api.createAnnotation({ articleId: article.id, tag, start, end })
        await applyEdit(result)
        return result
      }),
    [applyEdit, article, attempt]
  )

  const updateAnnotation = useCallback(
    (id: string, patch: AnnotationPatch) =>
      attempt(async () => {
        const result = await api.updateAnnotation({ id, patch })
        await applyEdit(result)
        return result
      }),
    [applyEdit, attempt]
  )

  const deleteAnnotation = useCallback(
    (id: string) =>
      attempt(async () => {
        const index = annotations.findIndex((a) => a.id === id)
        const result = await api.deleteAnnotations({ ids: [id] })
        await applyEdit(result, 'none')
        const rest = annotations.filter((a) => a.id !== id)
        setFocusedId(rest[Math.min(index, rest.length - 1)]?.id ?? null)
      }),
    [annotations, applyEdit, attempt, setFocusedId]
  )

  const undoOrRedo = useCallback(
    (which: 'undo' | 'redo') =>
      attempt(async () => {
        const result = await api[which]({})
        await applyEdit(result)
        notify('info', result.label)
      }),
    [applyEdit, attempt, notify]
  )

  const setStatus = useCallback(
    (status: ArticleStatus) =>
      attempt(async () => {
        if (!article) return
        await api.setArticleStatus({ id: article.id, status })
        setArticles((list) => list.map((a) => (a.id === article.id ? { ...a, status } : a)))
        notify('info', `Marked “${article.title}” ${status.replace('_', ' ')}`)
      }),
    [article, attempt, notify, setArticles]
  )

  const setTags = useCallback(
    (tags: Tag[]) => setSession((current) => (current ? { ...current, tags } : current)),
    [setSession]
  )

  const setKeyBindings = useCallback(
    async (bindings: Record<string, string>) => {
      const saved = await api.setKeyBindings({ bindings })
      setSession((current) => (current ? { ...current, keyBindings: saved } : current))
    },
    [setSession]
  )

  const setSnapToWords = useCallback(
    async (on: boolean) => {
      await api.setSnapToWords({ on })
      setSession((current) => (current ? { ...current, snapToWords: on } : current))
    },
    [setSession]
  )

  return {
    applyEdit,
    tagSpan,
    updateAnnotation,
    deleteAnnotation,
    undo: useCallback(() => undoOrRedo('undo'), [undoOrRedo]),
    redo: useCallback(() => undoOrRedo('redo'), [undoOrRedo]),
    setStatus,
    setTags,
    setKeyBindings,
    setSnapToWords
  }
}
