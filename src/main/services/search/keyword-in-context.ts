// Keyword-in-context lines: the words around a match, cut where a reader expects.

/** A match in UTF-16 code units of the unmarked text. */
export interface Span {
  start: number
  end: number
}

const isLowSurrogate = (text: string, i: number): boolean => /[\uDC00-\uDFFF]/.test(text[i] ?? '')

/**
 * The text before and after [start, end): at most `width` code units each side, cut at a space
 * where one is near, never inside a surrogate pair, on one line.
 */
export function contextOf(
  text: string,
  start: number,
  end: number,
  width = 60
): { before: string; match: string; after: string } {
  let from = Math.max(0, start - width)
  const lineStart = text.lastIndexOf('\n', start - 1) + 1
  from = Math.max(from, lineStart)
  if (from > lineStart) {
    const space = text.indexOf(' ', from)
    if (space >= 0 && space < start) from = space + 1
  }
  if (isLowSurrogate(text, from)) from++
  let to = Math.min(text.length, end + width)
  const lineEnd = text.indexOf('\n', end)
  if (lineEnd >= 0) to = Math.min(to, lineEnd)
  if (to < text.length && text[to] !== '\n') {
    const space = text.lastIndexOf(' ', to)
    if (space > end) to = space
  }
  if (isLowSurrogate(text, to)) to--
  return { before: text.slice(from, start), match: text.slice(start, end), after: text.slice(end, to) }
}
