// Opening an article at a span (a search hit, a comparison cell): open the article if it is not the
// one shown, wait until its text is laid out, then scroll the span into view, select it (so a tag key
// tags it at once) and flash it.
import { useCallback, useEffect, useState, type RefObject } from 'react'
import { rangeOf, type ArticleLayout } from '../editor/article-layout'
import { flashSpan } from '../editor/highlights'

export interface SpanTarget {
  articleId: number
  /** UTF-16 code units of the article text; absent to open the article at its top. */
  start?: number
  end?: number
  /**
   * Where the span lands: a third of the way down the pane, selected (default); or at its top, above
   * a sheet that keeps the keyboard, flashed but not selected (a selection would take the focus).
   */
  place?: 'third' | 'top'
}

/**
 * Scrolls the article pane to the span and flashes it: in the pane's upper third with the span selected
 * (default), or at its top with the selection left alone.
 */
export function showSpan(
  layout: ArticleLayout,
  start: number,
  end: number,
  place: SpanTarget['place'] = 'third'
): void {
  const range = rangeOf(layout, start, end)
  const rect = range.getBoundingClientRect()
  const scroller = layout.paragraphs[0]?.closest('.article-scroll')
  if (scroller) {
    const box = scroller.getBoundingClientRect()
    scroller.scrollTop += rect.top - box.top - (place === 'top' ? 8 : box.height / 3)
  }
  if (place === 'third') {
    const selection = window.getSelection()
    selection?.removeAllRanges()
    selection?.addRange(range)
  }
  flashSpan(layout, start, end)
}

export function useSpanReveal(
  layoutRef: RefObject<ArticleLayout | null>,
  layoutVersion: number,
  shown: { id: number; text: string } | null,
  openArticle: (id: number) => Promise<unknown>
) {
  const [pending, setPending] = useState<SpanTarget | null>(null)

  useEffect(() => {
    const layout = layoutRef.current
    if (!pending || !shown || shown.id !== pending.articleId || layout?.text !== shown.text) return
    if (pending.start !== undefined && pending.end !== undefined && pending.end <= shown.text.length)
      showSpan(layout, pending.start, pending.end, pending.place)
    setPending(null)
  }, [layoutRef, layoutVersion, pending, shown])

  return useCallback(
    (target: SpanTarget) => {
      setPending(target)
      if (shown?.id !== target.articleId) void openArticle(target.articleId)
    },
    [openArticle, shown?.id]
  )
}
