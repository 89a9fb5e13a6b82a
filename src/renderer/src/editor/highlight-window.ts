// Which part of the article gets its highlights registered. Chromium re-checks every registered
// highlight range on each frame that changes one (the editor bench measured +28–45 ms per tag for
// 2,200 ranges against +11–27 ms for the few dozen on screen), so only the spans near the viewport
// are registered, and scrolling moves that window.
import type { Span } from '../../../shared/spans'
import type { ArticleLayout } from './article-layout'

/** How far beyond the visible text the window reaches, in viewport heights on each side. */
export const WINDOW_MARGIN = 1.5

/** Index of the first paragraph whose bottom lies below `y` (client pixels), by binary search. */
function firstParagraphBelow(paragraphs: readonly HTMLElement[], y: number): number {
  let lo = 0
  let hi = paragraphs.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (paragraphs[mid].getBoundingClientRect().bottom < y) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * The text offsets drawn within `margin` viewport heights of the scroller's visible area (the whole
 * text when the article has no scroller yet).
 */
export function textWindow(layout: ArticleLayout, margin = WINDOW_MARGIN): Span {
  const scroller = layout.paragraphs[0]?.closest('.article-scroll')
  if (!scroller) return { start: 0, end: layout.text.length }
  const box = scroller.getBoundingClientRect()
  const reach = box.height * margin
  const first = firstParagraphBelow(layout.paragraphs, box.top - reach)
  const last = firstParagraphBelow(layout.paragraphs, box.bottom + reach)
  const start = layout.starts[Math.min(first, layout.starts.length - 1)] ?? 0
  const end = last + 1 < layout.starts.length ? layout.starts[last + 1] : layout.text.length
  return { start, end }
}

/** Whether the visible text (the window without margin) still lies inside a painted window. */
export function stillCovered(layout: ArticleLayout, painted: Span): boolean {
  const visible = textWindow(layout, 0.25)
  return (painted.start === 0 || visible.start >= painted.start) && visible.end <= painted.end
}
