import { useCallback, useEffect, useMemo, type MouseEvent, type RefObject } from 'react'
import type { Annotation, Tag } from '../../../shared/model'
import { ArticleEditor } from '../editor/ArticleEditor'
import { offsetOfPoint, type ArticleLayout } from '../editor/article-layout'
import { clearHighlights, highlightStyles, paintHighlights } from '../editor/highlights'

interface Props {
  text: string
  annotations: Annotation[]
  tags: Tag[]
  focusedId: string | null
  layoutRef: RefObject<ArticleLayout | null>
  onLayoutChange: () => void
  layoutVersion: number
  onFocusAnnotation: (id: string | null) => void
}

/** The innermost annotation under a text offset (the shortest span that contains it), or null. */
export function annotationAt(annotations: readonly Annotation[], offset: number): Annotation | null {
  let best: Annotation | null = null
  for (const a of annotations) {
    if (a.start <= offset && offset < a.end && (!best || a.end - a.start < best.end - best.start)) best = a
  }
  return best
}

/** The article text with its annotations drawn over it; a click on a highlight focuses it. */
export function ArticleView(props: Props) {
  const { text, annotations, tags, focusedId, layoutRef, onLayoutChange, layoutVersion, onFocusAnnotation } = props
  const styles = useMemo(() => highlightStyles(tags), [tags])

  const onLayout = useCallback(
    (layout: ArticleLayout) => {
      layoutRef.current = layout
      onLayoutChange()
    },
    [layoutRef, onLayoutChange]
  )

  useEffect(() => {
    const layout = layoutRef.current
    if (layout && layout.text === text) paintHighlights(layout, annotations, tags, focusedId)
  }, [annotations, tags, focusedId, text, layoutRef, layoutVersion])

  useEffect(() => () => clearHighlights(), [])

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const layout = layoutRef.current
    const selection = window.getSelection()
    if (!layout || (selection && !selection.isCollapsed)) return
    const caret = document.caretPositionFromPoint?.(event.clientX, event.clientY)
    if (!caret) return
    const offset = offsetOfPoint(layout, caret.offsetNode, caret.offset)
    if (offset === null) return
    onFocusAnnotation(annotationAt(annotations, offset)?.id ?? null)
  }

  return (
    <div className="article-scroll">
      <style>{styles}</style>
      <ArticleEditor text={text} onLayout={onLayout} onClick={onClick} />
    </div>
  )
}
