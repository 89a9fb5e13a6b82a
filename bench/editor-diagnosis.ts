// Rendering experiments for the editor benchmark's diagnosis (EDITOR_TRACE=1), run in the app's page
// once all tags are made. Each isolates one cost that tagging pays, without the app's code: what a
// frame costs when the CSS highlights are re-registered (as paintHighlights does on every change) or
// when one Range is added to a highlight instead, and what a relayout of the sidebar or of the article
// text costs. Sent to the page as source text: self-contained.

export interface RenderingDiagnosis {
  /** ms from a change to the task after the next painted frame, nothing changed (the floor). */
  idleFrame: number
  /** The same after re-registering every highlight with fresh Ranges over the same text. */
  resetHighlights: number
  /** The same after adding one Range to an existing highlight. */
  addOneRange: number
  /** The same after re-registering the highlights with only the Ranges on screen (how many: `visibleRanges`). */
  resetVisibleOnly: number
  visibleRanges: number
  /** The same after appending one row (a copy of the last) to the annotation sidebar. */
  sidebarRowAdded: number
  /** The same after clearing a selection of one word in the article (the app does so after tagging). */
  selectionCleared: number
  /** A forced layout after a 1px padding change of the annotation sidebar, ms. */
  sidebarLayout: number
  /** A forced layout after a 1px padding change of the article text, ms. */
  articleLayout: number
  sidebarElements: number
  articleElements: number
  highlightRanges: number
}

export async function diagnoseRendering(): Promise<RenderingDiagnosis> {
  const afterPaint = () =>
    new Promise<number>((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel()
        channel.port1.onmessage = () => resolve(performance.now())
        channel.port2.postMessage(null)
      })
    )
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
  const framed = async (change: (round: number) => void, prepare = (_round: number) => {}) => {
    const times: number[] = []
    for (let round = 0; round < 7; round++) {
      prepare(round)
      await afterPaint()
      const started = performance.now()
      change(round)
      times.push((await afterPaint()) - started)
    }
    return median(times)
  }
  const relayout = (element: HTMLElement) => {
    const times: number[] = []
    for (let round = 0; round < 5; round++) {
      void element.offsetHeight
      const started = performance.now()
      element.style.paddingRight = round % 2 ? '' : '1px'
      void element.offsetHeight
      times.push(performance.now() - started)
    }
    element.style.paddingRight = ''
    return median(times)
  }

  const highlights = [...CSS.highlights.entries()]
  const idleFrame = await framed(() => {})
  const resetHighlights = await framed(() => {
    for (const [name, highlight] of highlights) {
      const ranges = [...(highlight as unknown as Iterable<Range>)].map((range) => range.cloneRange())
      const fresh = new Highlight(...ranges)
      fresh.priority = highlight.priority
      CSS.highlights.set(name, fresh)
    }
  })
  const article = document.querySelector('.article-editable') as HTMLElement
  const sidebar = document.querySelector('.sidebar') as HTMLElement
  const target = [...CSS.highlights.values()][0]
  const added: Range[] = []
  const addOneRange = await framed((round) => {
    const node = document.createTreeWalker(article.children[round * 2] ?? article, NodeFilter.SHOW_TEXT).nextNode()
    if (!node) return
    const range = document.createRange()
    range.setStart(node, 0)
    range.setEnd(node, Math.min(3, (node as Text).length))
    target.add(range)
    added.push(range)
  })
  for (const range of added) target.delete(range)

  const onScreen = (range: Range) => {
    const box = range.getBoundingClientRect()
    return box.bottom >= 0 && box.top <= innerHeight
  }
  const visible = highlights.map(([name, highlight]) => {
    const ranges = [...(highlight as unknown as Iterable<Range>)].filter(onScreen)
    return { name, ranges, priority: highlight.priority }
  })
  const resetVisibleOnly = await framed(() => {
    for (const { name, ranges, priority } of visible) {
      const fresh = new Highlight(...ranges.map((range) => range.cloneRange()))
      fresh.priority = priority
      CSS.highlights.set(name, fresh)
    }
  })
  for (const [name, highlight] of highlights) CSS.highlights.set(name, highlight)

  const list = sidebar.querySelector('ul') as HTMLElement
  const copies: Node[] = []
  const sidebarRowAdded = await framed(() => {
    copies.push(list.appendChild((list.lastElementChild as Element).cloneNode(true)))
  })
  for (const copy of copies) list.removeChild(copy)

  const word = () => {
    const node = document.createTreeWalker(article, NodeFilter.SHOW_TEXT).nextNode() as Text
    const range = document.createRange()
    range.setStart(node, 0)
    range.setEnd(node, Math.min(4, node.length))
    return range
  }
  const selection = getSelection() as Selection
  const selectionCleared = await framed(
    () => selection.removeAllRanges(),
    () => selection.addRange(word())
  )
  return {
    resetVisibleOnly,
    visibleRanges: visible.reduce((sum, { ranges }) => sum + ranges.length, 0),
    sidebarRowAdded,
    selectionCleared,
    idleFrame,
    resetHighlights,
    addOneRange,
    sidebarLayout: relayout(sidebar),
    articleLayout: relayout(article),
    sidebarElements: sidebar.getElementsByTagName('*').length,
    articleElements: article.getElementsByTagName('*').length,
    highlightRanges: highlights.reduce((sum, [, highlight]) => sum + highlight.size, 0)
  }
}
