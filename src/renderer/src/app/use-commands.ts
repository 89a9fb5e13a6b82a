// What each command of the keymap does, and the one key handler that reads the keymap. Caret mode's
// movement keys come first while a caret is in the article; everything else goes through the table.
import { useCallback, useEffect, useState, type RefObject } from 'react'
import type { AnnotationPatch } from '../../../shared/editing'
import type { Annotation, ArticleStatus, ArticleSummary } from '../../../shared/model'
import { overlapGroup, resizeByWord, tidySpan, type Resize } from '../../../shared/spans'
import { selectedSpan, type ArticleLayout } from '../editor/article-layout'
import {
  caretFromSelection,
  firstVisibleOffset,
  moveCaret,
  revealOffset,
  showCaretSelection,
  type Caret
} from '../editor/caret'
import { paintPending } from '../editor/highlights'
import { chordOf, commandFor, type AppCommand, type KeyBinding } from '../keys/keymap'
import { isBulkCommand } from '../panels/BulkTagging'
import type { ToolbarHandle } from './Toolbar'

export interface CommandContext {
  enabled: boolean
  bindings: KeyBinding[]
  layoutRef: RefObject<ArticleLayout | null>
  filterRef: RefObject<HTMLInputElement | null>
  /** Puts the keyboard in the corpus search box. */
  focusSearch: () => void
  toolbarRef: RefObject<ToolbarHandle | null>
  articles: ArticleSummary[]
  articleId: number | null
  annotations: Annotation[]
  focusedId: string | null
  /** Focuses an annotation, scrolls to it and flashes it. */
  reveal: (id: string | null) => void
  openArticle: (id: number) => unknown
  tagSpan: (tag: string, start: number, end: number) => Promise<unknown>
  updateAnnotation: (id: string, patch: AnnotationPatch) => Promise<unknown>
  deleteAnnotation: (id: string) => unknown
  undo: () => unknown
  redo: () => unknown
  setStatus: (status: ArticleStatus) => unknown
  notify: (kind: 'info' | 'error', text: string) => void
  /** Opens the adjudication view of the open article. */
  adjudicate: () => void
  openPanel: (panel: 'attributes' | 'cheat-sheet' | 'settings' | null) => void
  panel: 'attributes' | 'cheat-sheet' | 'settings' | null
  /** Whether selections snap to whole words, as the corpus keeps it, and how to change it there. */
  snapToWords: boolean
  setSnapToWords: (on: boolean) => Promise<unknown>
}

/** Keys typed into a form field belong to the field, not to the keymap. */
export function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.matches('input, textarea, select') || (target.isContentEditable && !target.closest('.article-text')))
  )
}

const STATUS: Partial<Record<AppCommand['kind'], ArticleStatus>> = {
  'status-new': 'new',
  'status-in-progress': 'in_progress',
  'status-done': 'done'
}

export function useCommands(ctx: CommandContext) {
  // The caret belongs to the article it was put in; opening another article leaves caret mode.
  const [placed, setPlaced] = useState<{ articleId: number | null; caret: Caret | null }>({
    articleId: null,
    caret: null
  })
  const caret = placed.articleId === ctx.articleId ? placed.caret : null
  const snap = ctx.snapToWords
  const { articleId } = ctx

  const setCaret = useCallback(
    (next: Caret | null) => {
      setPlaced({ articleId, caret: next })
      const layout = ctx.layoutRef.current
      if (!layout) return
      if (next) {
        showCaretSelection(layout, next)
        revealOffset(layout, next.focus)
      } else window.getSelection()?.removeAllRanges()
    },
    [articleId, ctx.layoutRef]
  )

  // A mouse selection made in caret mode moves the caret with it.
  useEffect(() => {
    if (!caret) return
    const onSelection = () => {
      const layout = ctx.layoutRef.current
      const next = layout && caretFromSelection(layout, window.getSelection())
      if (next && (next.anchor !== caret.anchor || next.focus !== caret.focus)) {
        if (next.anchor !== next.focus || caret.anchor !== caret.focus) setPlaced({ articleId, caret: next })
      }
    }
    document.addEventListener('selectionchange', onSelection)
    return () => document.removeEventListener('selectionchange', onSelection)
  }, [articleId, caret, ctx.layoutRef])

  const focused = ctx.annotations.find((a) => a.id === ctx.focusedId) ?? null

  const tagOrRetag = useCallback(
    async (tag: string) => {
      const layout = ctx.layoutRef.current
      const span = layout && selectedSpan(layout, window.getSelection())
      if (layout && span) {
        const tidy = tidySpan(layout.text, span, snap)
        if (!tidy) return ctx.notify('error', 'The selection holds only spaces and punctuation; nothing to tag.')
        // Drawn at the key press; the stored row replaces it when main answers (or it goes, if refused).
        const unpaint = paintPending(layout, tag, tidy)
        const done = await ctx.tagSpan(tag, tidy.start, tidy.end)
        if (!done) return unpaint()
        if (caret) return setCaret({ anchor: tidy.end, focus: tidy.end })
        // Clear the selection just tagged, but not one the analyst has made since the key press.
        const now = selectedSpan(layout, window.getSelection())
        if (now && now.start === span.start && now.end === span.end) window.getSelection()?.removeAllRanges()
        return
      }
      if (focused && focused.tag !== tag) return void ctx.updateAnnotation(focused.id, { tag })
      if (!focused) ctx.notify('error', 'Select some text in the article (or press c for a caret), then a tag key.')
    },
    [caret, ctx, focused, setCaret, snap]
  )

  const resize = useCallback(
    (how: Resize) => {
      const layout = ctx.layoutRef.current
      if (!focused || !layout) return ctx.notify('error', 'Focus an annotation first (j and k move between them).')
      const next = resizeByWord(layout.text, focused, how)
      if (next) void ctx.updateAnnotation(focused.id, next)
    },
    [ctx, focused]
  )

  const step = useCallback((list: readonly { id: string }[], direction: 1 | -1, current: string | null) => {
    if (!list.length) return null
    const index = list.findIndex((item) => item.id === current)
    if (index === -1) return direction === 1 ? list[0] : list[list.length - 1]
    return list[(index + direction + list.length) % list.length]
  }, [])

  const run = useCallback(
    (command: AppCommand) => {
      const status = STATUS[command.kind]
      if (status) return void ctx.setStatus(status)
      switch (command.kind) {
        case 'tag':
          return void tagOrRetag(command.tag)
        case 'caret-mode': {
          const layout = ctx.layoutRef.current
          if (!layout) return ctx.notify('error', 'Open an article first.')
          const at = focused ? focused.start : firstVisibleOffset(layout)
          layout.paragraphs[0]?.closest<HTMLElement>('.article-editable')?.focus({ preventScroll: true })
          return setCaret({ anchor: at, focus: at })
        }
        case 'toggle-snap':
          return void ctx.setSnapToWords(!snap).then(
            () => ctx.notify('info', snap ? 'Selections are tagged as selected' : 'Selections snap to whole words'),
            (error: Error) => ctx.notify('error', error.message)
          )
        case 'edit-attributes':
          if (!focused) return ctx.notify('error', 'Focus an annotation first (j and k move between them).')
          return ctx.openPanel('attributes')
        case 'delete-annotation':
          if (focused) void ctx.deleteAnnotation(focused.id)
          return
        case 'grow-end':
        case 'shrink-end':
        case 'grow-start':
        case 'shrink-start':
          return resize(command.kind)
        case 'undo':
          return void ctx.undo()
        case 'redo':
          return void ctx.redo()
        case 'next-annotation':
        case 'prev-annotation':
          return ctx.reveal(
            step(ctx.annotations, command.kind === 'next-annotation' ? 1 : -1, ctx.focusedId)?.id ?? null
          )
        case 'cycle-overlap':
          if (!focused) return
          return ctx.reveal(step(overlapGroup(ctx.annotations, focused), 1, focused.id)?.id ?? null)
        case 'clear-focus':
          if (caret) return setCaret(null)
          if (ctx.panel) return ctx.openPanel(null)
          return ctx.reveal(null)
        case 'next-article':
        case 'prev-article': {
          const next = step(
            ctx.articles.map((a) => ({ id: String(a.id) })),
            command.kind === 'next-article' ? 1 : -1,
            ctx.articleId === null ? null : String(ctx.articleId)
          )
          if (next) void ctx.openArticle(Number(next.id))
          return
        }
        case 'focus-filter':
          return ctx.filterRef.current?.focus()
        case 'focus-search':
          return ctx.focusSearch()
        case 'import-articles':
        case 'import-bundle':
        case 'export-bundle':
          return ctx.toolbarRef.current?.run(command.kind)
        case 'adjudicate':
          if (ctx.articleId === null) return ctx.notify('error', 'Open an article first.')
          return ctx.adjudicate()
        case 'cheat-sheet':
          return ctx.openPanel('cheat-sheet')
        case 'settings':
          return ctx.openPanel('settings')
      }
    },
    [caret, ctx, focused, resize, setCaret, snap, step, tagOrRetag]
  )

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!ctx.enabled || event.defaultPrevented) return
      // Keys typed into a field are the field's, except the one that moves to the corpus search.
      if (isTyping(event.target) && commandFor(ctx.bindings, chordOf(event))?.kind !== 'focus-search') return
      if ((event.target as HTMLElement | null)?.closest?.('[role="dialog"]')) return
      const layout = ctx.layoutRef.current
      if (caret && layout) {
        const moved = moveCaret(layout, caret, event)
        if (moved) {
          event.preventDefault()
          return setCaret(moved)
        }
      }
      const command = commandFor(ctx.bindings, chordOf(event))
      // Bulk tagging's keys (Enter, x, [ and ] among them) belong to its own panel.
      if (!command || isBulkCommand(command)) return
      // Delete/Backspace on a focused control other than an annotation keeps its usual meaning.
      if (command.kind === 'delete-annotation' && !ctx.focusedId) return
      event.preventDefault()
      run(command)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [caret, ctx, run, setCaret])

  return { run, caret, snap }
}
