import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, type MouseEvent, type RefObject } from 'react'
import type { Annotation, Tag } from '../../../shared/model'
import { spansAt, type Span } from '../../../shared/spans'
import { offsetOfPoint, type ArticleLayout } from '../editor/article-layout'
import { CaretMark } from '../editor/CaretMark'
import type { Caret } from '../editor/caret'
import { stillCovered, textWindow } from '../editor/highlight-window'
import { clearHighlights, highlightStyles, paintFocus, paintHighlights } from '../editor/highlights'
import { LazyArticleEditor } from '../editor/LazyArticleEditor'

interface Props {
  articleId: number
  text: string
  annotations: Annotation[]
  tags: Tag[]
  focusedId: string | null
  caret: Caret | null
  layoutRef: RefObject<ArticleLayout | null>
  onLayoutChange: () => void
  layoutVersion: number
  onFocusAnnotation: (id: string | null) => void
}

/**
 * The annotation a click at `offset` focuses: the innermost span there, or, when the focused
 * annotation is under the click already, the next span out, so repeated clicks cycle through
 * overlapping spans.
 */
export function annotationAt(annotations: readonly Annotation[], offset: number, focusedId: string | null) {
  const under = spansAt(annotations, offset)
  const current = under.findIndex((a) => a.id === focusedId)
  return under.length ? under[(current + 1) % under.length] : null
}

/** The article text with its annotations drawn over it; a click on a highlight focuses it. */
export function ArticleView(props: Props) {
  const { articleId, text, annotations, tags, focusedId, caret, layoutRef, onLayoutChange, layoutVersion } = props
  const styles = useMemo(() => highlightStyles(tags), [tags])
  const scrollRef = useRef<HTMLDivElement>(null)

  const onLayout = useCallback(
    (layout: ArticleLayout) => {
      layoutRef.current = layout
      onLayoutChange()
    },
    [layoutRef, onLayoutChange]
  )

  // The part of the text whose highlights are registered; scrolling out of it repaints (see
  // highlight-window.ts for why not every span is registered at once).
  const paintedRef = useRef<Span | null>(null)
  const repaint = useCallback(
    (layout: ArticleLayout) => {
      const window = textWindow(layout)
      paintHighlights(layout, annotations, tags, window)
      paintedRef.current = window
    },
    [annotations, tags]
  )

  useEffect(() => {
    const scroller = scrollRef.current
    if (!scroller) return
    let frame = 0
    const onScroll = () => {
      if (frame) return
      frame = requestAnimationFrame(() => {
        frame = 0
        const layout = layoutRef.current
        const painted = paintedRef.current
        if (layout && layout.text === text && painted && !stillCovered(layout, painted)) repaint(layout)
      })
    }
    scroller.addEventListener('scroll', onScroll, { passive: true })
    return () => {
      scroller.removeEventListener('scroll', onScroll)
      cancelAnimationFrame(frame)
    }
  }, [layoutRef, repaint, text])

  // What the highlights were last painted from: a new layout version with the same layout and the
  // same annotations (what follows the layout re-rendering) needs no second paint.
  const paintedFrom = useRef<{ layout: ArticleLayout; repaint: typeof repaint } | null>(null)
  useLayoutEffect(() => {
    const layout = layoutRef.current
    const ready = layout !== null && layout.text === text
    const painted = paintedFrom.current
    if (ready && (painted?.layout !== layout || painted.repaint !== repaint)) {
      repaint(layout)
      paintedFrom.current = { layout, repaint }
    }
    // data-article-ready names the article once its text and every highlight are drawn (the bench and
    // specs wait for it); it is absent while another article's text is still on screen.
    if (ready) scrollRef.current?.setAttribute('data-article-ready', String(articleId))
    else scrollRef.current?.removeAttribute('data-article-ready')
  }, [repaint, text, articleId, layoutRef, layoutVersion])

  useLayoutEffect(() => {
    const layout = layoutRef.current
    if (layout && layout.text === text) paintFocus(layout, annotations.find((a) => a.id === focusedId) ?? null)
  }, [annotations, focusedId, text, layoutRef, layoutVersion])

  useEffect(() => () => clearHighlights(), [])

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const layout = layoutRef.current
    const selection = window.getSelection()
    if (!layout || (selection && !selection.isCollapsed)) return
    const hit = document.caretPositionFromPoint?.(event.clientX, event.clientY)
    if (!hit) return
    const offset = offsetOfPoint(layout, hit.offsetNode, hit.offset)
    if (offset === null) return
    props.onFocusAnnotation(annotationAt(annotations, offset, focusedId)?.id ?? null)
  }

  return (
    <div className="article-scroll" ref={scrollRef}>
      <style>{styles}</style>
      <LazyArticleEditor key={articleId} text={text} caretMode={caret !== null} onLayout={onLayout} onClick={onClick} />
      {caret && <CaretMark layoutRef={layoutRef} offset={caret.focus} />}
    </div>
  )
}
