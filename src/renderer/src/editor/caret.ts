// Caret mode: a caret and a selection in the read-only article, moved from the keyboard. The caret
// is kept as text offsets (UTF-16 units, like everything else) and mirrored into the DOM selection,
// so the tag keys and buttons read it exactly as they read a mouse selection.
import { nextGrapheme, nextWordEnd, previousGrapheme, previousWordStart, type Span } from '../../../shared/spans'
import { domPoint, offsetOfPoint, type ArticleLayout } from './article-layout'

export interface Caret {
  /** Where the selection started; equal to `focus` when nothing is selected. */
  anchor: number
  /** Where the caret is. */
  focus: number
  /** The horizontal position that up and down keep to, in client pixels. */
  goalX?: number
}

export const caretSpan = (caret: Caret): Span => ({
  start: Math.min(caret.anchor, caret.focus),
  end: Math.max(caret.anchor, caret.focus)
})

/** The caret's box on screen (a zero-width rectangle at the focus offset). */
export function caretRect(layout: ArticleLayout, offset: number): DOMRect {
  const point = domPoint(layout, offset)
  const range = document.createRange()
  range.setStart(point.node, point.offset)
  range.collapse(true)
  const rects = range.getClientRects()
  if (rects.length) return rects[rects.length - 1]
  return (point.node instanceof Element ? point.node : point.node.parentElement!).getBoundingClientRect()
}

/** The offset one visual line above or below, keeping to `x`; null at the first or last line. */
function offsetOnNextLine(layout: ArticleLayout, offset: number, x: number, direction: 1 | -1): number | null {
  const rect = caretRect(layout, offset)
  const lineHeight = rect.height || 20
  for (let step = 1; step <= 6; step++) {
    const y = direction === 1 ? rect.bottom + (step - 0.5) * lineHeight : rect.top - (step - 0.5) * lineHeight
    const hit = document.caretPositionFromPoint?.(x, y)
    if (!hit) continue
    const next = offsetOfPoint(layout, hit.offsetNode, hit.offset)
    if (next !== null && next !== offset) return next
  }
  return null
}

/** The line (paragraph) of the text around an offset: its start and end. */
function lineBounds(text: string, offset: number): Span {
  const start = text.lastIndexOf('\n', offset - 1) + 1
  const newline = text.indexOf('\n', offset)
  return { start, end: newline === -1 ? text.length : newline }
}

/**
 * The caret after a movement key, or null when the key is not one of caret mode's: arrows by
 * character (Ctrl: by word), up and down by line, Home and End (Ctrl: of the article). Shift extends
 * the selection; without it the selection collapses.
 */
export function moveCaret(layout: ArticleLayout, caret: Caret, event: KeyboardEvent): Caret | null {
  const { text } = layout
  const byWord = event.ctrlKey || event.altKey || event.metaKey
  let focus: number | null = caret.focus
  let goalX: number | undefined
  switch (event.key) {
    case 'ArrowRight':
      if (!event.shiftKey && caret.anchor !== caret.focus && !byWord) focus = caretSpan(caret).end
      else focus = byWord ? nextWordEnd(text, caret.focus) : nextGrapheme(text, caret.focus)
      break
    case 'ArrowLeft':
      if (!event.shiftKey && caret.anchor !== caret.focus && !byWord) focus = caretSpan(caret).start
      else focus = byWord ? previousWordStart(text, caret.focus) : previousGrapheme(text, caret.focus)
      break
    case 'ArrowDown':
    case 'ArrowUp': {
      goalX = caret.goalX ?? caretRect(layout, caret.focus).left
      const next = offsetOnNextLine(layout, caret.focus, goalX, event.key === 'ArrowDown' ? 1 : -1)
      focus = next ?? (event.key === 'ArrowDown' ? text.length : 0)
      break
    }
    case 'Home':
      focus = event.ctrlKey ? 0 : lineBounds(text, caret.focus).start
      break
    case 'End':
      focus = event.ctrlKey ? text.length : lineBounds(text, caret.focus).end
      break
    default:
      return null
  }
  return { anchor: event.shiftKey ? caret.anchor : focus, focus, goalX }
}

/** Shows the caret's selection as the DOM selection (or removes it when the caret is collapsed). */
export function showCaretSelection(layout: ArticleLayout, caret: Caret): void {
  const selection = window.getSelection()
  if (!selection) return
  if (caret.anchor === caret.focus) {
    selection.removeAllRanges()
    return
  }
  const anchor = domPoint(layout, caret.anchor)
  const focus = domPoint(layout, caret.focus)
  selection.setBaseAndExtent(anchor.node, anchor.offset, focus.node, focus.offset)
}

/** The caret that the current DOM selection describes (after a mouse selection in caret mode). */
export function caretFromSelection(layout: ArticleLayout, selection: Selection | null): Caret | null {
  if (!selection || selection.rangeCount === 0 || !selection.anchorNode || !selection.focusNode) return null
  const anchor = offsetOfPoint(layout, selection.anchorNode, selection.anchorOffset)
  const focus = offsetOfPoint(layout, selection.focusNode, selection.focusOffset)
  return anchor === null || focus === null ? null : { anchor, focus }
}

/** Scrolls the article so the caret is in view. */
export function revealOffset(layout: ArticleLayout, offset: number): void {
  const rect = caretRect(layout, offset)
  const scroller = layout.paragraphs[0]?.closest('.article-scroll')
  if (!scroller) return
  const box = scroller.getBoundingClientRect()
  if (rect.top < box.top + 20) scroller.scrollTop += rect.top - box.top - 40
  else if (rect.bottom > box.bottom - 20) scroller.scrollTop += rect.bottom - box.bottom + 40
}

/** The first offset of the first line drawn inside the article's visible area. */
export function firstVisibleOffset(layout: ArticleLayout): number {
  const scroller = layout.paragraphs[0]?.closest('.article-scroll')
  const top = scroller?.getBoundingClientRect().top ?? 0
  const index = layout.paragraphs.findIndex((p) => p.getBoundingClientRect().bottom > top)
  return index === -1 ? 0 : layout.starts[index]
}
