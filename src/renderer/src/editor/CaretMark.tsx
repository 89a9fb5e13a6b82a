import { useLayoutEffect, useRef, type RefObject } from 'react'
import type { ArticleLayout } from './article-layout'
import { caretRect } from './caret'

/** The blinking caret of caret mode, drawn over the article at a text offset. */
export function CaretMark({ layoutRef, offset }: { layoutRef: RefObject<ArticleLayout | null>; offset: number }) {
  const markRef = useRef<HTMLDivElement>(null)
  useLayoutEffect(() => {
    const layout = layoutRef.current
    const mark = markRef.current
    const scroller = layout?.paragraphs[0]?.closest('.article-scroll')
    if (!layout || !mark || !scroller) return
    const rect = caretRect(layout, offset)
    const origin = scroller.getBoundingClientRect()
    mark.style.left = `${rect.left - origin.left + scroller.scrollLeft}px`
    mark.style.top = `${rect.top - origin.top + scroller.scrollTop}px`
    mark.style.height = `${rect.height || 18}px`
  }, [layoutRef, offset])
  return <div ref={markRef} className="caret-mark" aria-hidden="true" />
}
