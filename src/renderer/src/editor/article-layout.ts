// Where each character of the article lives in the DOM. The article is drawn as one paragraph per
// line of its text (split at "\n"), each holding at most one text node, so a text offset maps to a
// paragraph by binary search over line starts and then to an offset inside that paragraph's text.
// All offsets are UTF-16 code units, the unit of the DOM and of our database: no conversion here.

export interface ArticleLayout {
  text: string
  /** Offset of the first character of each line. */
  starts: number[]
  /** The paragraph element drawn for each line, in order. */
  paragraphs: HTMLElement[]
}

/** Offsets at which each "\n"-separated line of `text` starts. */
export function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return starts
}

/** Index of the line holding `offset` (an offset at a line's end belongs to that line). */
export function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1
    if (starts[mid] <= offset) lo = mid
    else hi = mid - 1
  }
  return lo
}

/** The text node of a paragraph, or null for an empty line. */
function textNodeOf(paragraph: HTMLElement): Text | null {
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT)
  return walker.nextNode() as Text | null
}

/**
 * Each line's text node, found once per layout: painting thousands of highlights asks for the same
 * few nodes over and over. The text is read-only, so the nodes live as long as the layout.
 */
const textNodes = new WeakMap<ArticleLayout, (Text | null)[]>()

function textNodeOfLine(layout: ArticleLayout, line: number): Text | null {
  let nodes = textNodes.get(layout)
  if (!nodes) textNodes.set(layout, (nodes = layout.paragraphs.map(textNodeOf)))
  const node = nodes[line]
  if (node && node.isConnected) return node
  return (nodes[line] = textNodeOf(layout.paragraphs[line]))
}

/** The DOM position of a text offset, for building a Range. */
export function domPoint(layout: ArticleLayout, offset: number): { node: Node; offset: number } {
  const line = lineOf(layout.starts, offset)
  const paragraph = layout.paragraphs[line]
  const node = textNodeOfLine(layout, line)
  if (!node) return { node: paragraph, offset: 0 }
  return { node, offset: Math.min(offset - layout.starts[line], node.length) }
}

/** A DOM Range covering [start, end) of the article. */
export function rangeOf(layout: ArticleLayout, start: number, end: number): Range {
  const range = document.createRange()
  const from = domPoint(layout, start)
  const to = domPoint(layout, end)
  range.setStart(from.node, from.offset)
  range.setEnd(to.node, to.offset)
  return range
}

/**
 * The text offset of a DOM position inside the article, or null when it lies outside. Measures the
 * text between the paragraph's start and the position, which is exact whatever nodes lie between.
 */
export function offsetOfPoint(layout: ArticleLayout, node: Node, offset: number): number | null {
  const root = layout.paragraphs[0]?.parentElement
  if (!root || !root.contains(node)) return null
  if (node === root) {
    if (offset >= layout.paragraphs.length) return layout.text.length
    return layout.starts[offset]
  }
  let paragraph: Node | null = node
  while (paragraph && paragraph.parentNode !== root) paragraph = paragraph.parentNode
  const line = layout.paragraphs.indexOf(paragraph as HTMLElement)
  if (line === -1) return null
  const measure = document.createRange()
  measure.setStart(paragraph as Node, 0)
  measure.setEnd(node, offset)
  return layout.starts[line] + measure.toString().length
}

/** The article span of the current DOM selection, or null when it is empty or outside the article. */
export function selectedSpan(
  layout: ArticleLayout,
  selection: Selection | null
): { start: number; end: number } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null
  const range = selection.getRangeAt(0)
  const a = offsetOfPoint(layout, range.startContainer, range.startOffset)
  const b = offsetOfPoint(layout, range.endContainer, range.endOffset)
  if (a === null || b === null || a === b) return null
  return { start: Math.min(a, b), end: Math.max(a, b) }
}
