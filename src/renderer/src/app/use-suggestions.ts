// The suggestion review: the open article's pending suggestions, which one is under review, and the
// actions on it. Every action is a contract call; the list shown is what main returns, never a copy
// edited here, so a rejected suggestion is gone because main says so.
import { useCallback, useEffect, useState } from 'react'
import type { EditResult } from '../../../shared/editing'
import type { Suggestion, SuggestionKind } from '../../../shared/model'
import { api } from '../api'

export interface SuggestionReview {
  open: boolean
  suggestions: Suggestion[]
  index: number
  focused: Suggestion | null
  start(): void
  close(): void
  move(step: 1 | -1): void
  focus(index: number): void
  accept(): Promise<void>
  reject(): Promise<void>
  acceptAllOfKind(): Promise<void>
}

/** The one empty list, so a closed review does not hand out a new array on every render. */
const NONE: Suggestion[] = []

const ref = (s: Suggestion) => ({ kind: s.kind, start: s.start, end: s.end })

/**
 * `onChanged` runs after annotations were written (to reload the article's annotations), `onError`
 * shows a failed call's message.
 */
export function useSuggestions(
  articleId: number | null,
  kinds: readonly SuggestionKind[],
  onChanged: (result: EditResult | null) => Promise<void> | void,
  onError: (message: string) => void
): SuggestionReview {
  const [open, setOpen] = useState(false)
  const [suggestions, setSuggestions] = useState<Suggestion[]>([])
  const [index, setIndex] = useState(0)

  const load = useCallback(
    async (keepIndex: number) => {
      if (articleId === null) return
      const list = await api.listSuggestions({ articleId, kinds: [...kinds] })
      setSuggestions(list)
      setIndex(Math.max(0, Math.min(keepIndex, list.length - 1)))
    },
    [articleId, kinds]
  )

  useEffect(() => {
    if (!open || articleId === null) return
    let current = true
    api
      .listSuggestions({ articleId, kinds: [...kinds] })
      .then((list) => {
        if (!current) return
        setSuggestions(list)
        setIndex(0)
      })
      .catch((error: Error) => onError(error.message))
    return () => {
      current = false
    }
  }, [open, articleId, kinds, onError])

  const start = useCallback(() => setOpen(true), [])
  const close = useCallback(() => setOpen(false), [])
  const shown = open ? suggestions : NONE
  const focused = shown[index] ?? null

  const act = useCallback(
    async (action: () => Promise<EditResult | null | Suggestion[]>) => {
      try {
        const result = await action()
        if (!Array.isArray(result)) await onChanged(result)
        await load(index)
      } catch (error) {
        onError((error as Error).message)
      }
    },
    [index, load, onChanged, onError]
  )

  return {
    open,
    suggestions: shown,
    index,
    focused,
    start,
    close,
    move: (step) => setIndex((i) => Math.max(0, Math.min(suggestions.length - 1, i + step))),
    focus: setIndex,
    accept: () =>
      focused && articleId !== null
        ? act(() => api.acceptSuggestions({ articleId, suggestions: [ref(focused)] }))
        : Promise.resolve(),
    reject: () =>
      focused && articleId !== null
        ? act(() => api.rejectSuggestions({ articleId, suggestions: [ref(focused)] }))
        : Promise.resolve(),
    acceptAllOfKind: () =>
      focused && articleId !== null
        ? act(() => api.acceptAllSuggestions({ articleIds: [articleId], kinds: [focused.kind] }))
        : Promise.resolve()
  }
}
