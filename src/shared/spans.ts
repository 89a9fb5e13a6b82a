// Span arithmetic over an article's text: overlap and nesting, drawing lanes, snapping to words,
// trimming, and moving a caret or a span's ends by a character or a word. Offsets are UTF-16 code
// units; every move lands on a grapheme boundary, so no step splits an emoji, a flag or an accent
// from its letter.

export interface Span {
  start: number
  end: number
}

/** True when two spans share at least one character. */
export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end

/** True when `outer` contains every character of `inner`. */
export const contains = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end

/**
 * A drawing lane for each span (same order as given): 0 for spans that overlap nothing drawn before
 * them, 1 for a span inside or across a lane-0 span, and so on. Spans are taken in reading order,
 * longer first, so an enclosing span always gets a lower lane than the spans inside it.
 */
export function lanesOf(spans: readonly Span[]): number[] {
  const order = spans.map((_, index) => index)
  order.sort((a, b) => spans[a].start - spans[b].start || spans[b].end - spans[a].end)
  const lanes = new Array<number>(spans.length).fill(0)
  // laneEnds[lane] = the end of the last span placed in that lane.
  const laneEnds: number[] = []
  for (const index of order) {
    const span = spans[index]
    let lane = laneEnds.findIndex((end) => end <= span.start)
    if (lane === -1) lane = laneEnds.length
    laneEnds[lane] = span.end
    lanes[index] = lane
  }
  return lanes
}

/** Spans that contain `offset`, innermost (shortest) first. */
export function spansAt<S extends Span>(spans: readonly S[], offset: number): S[] {
  return spans
    .filter((span) => span.start <= offset && offset < span.end)
    .sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start)
}

/** The spans that share characters with `span`, itself included, in reading order. */
export function overlapGroup<S extends Span>(spans: readonly S[], span: Span): S[] {
  return spans.filter((other) => overlaps(other, span)).sort((a, b) => a.start - b.start || b.end - a.end)
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })
const words = new Intl.Segmenter(undefined, { granularity: 'word' })

/** The grapheme boundary after `offset` (or the text's end). */
export function nextGrapheme(text: string, offset: number): number {
  if (offset >= text.length) return text.length
  const segment = graphemes.segment(text).containing(offset)
  return segment ? segment.index + segment.segment.length : text.length
}

/** The grapheme boundary before `offset` (or 0). */
export function previousGrapheme(text: string, offset: number): number {
  if (offset <= 0) return 0
  const segment = graphemes.segment(text).containing(offset - 1)
  return segment ? segment.index : 0
}

/** Word segments (letters, digits; not spaces or punctuation) of the text around an offset. */
function wordAt(text: string, offset: number): Span | null {
  const segment = words.segment(text).containing(offset)
  if (!segment || !segment.isWordLike) return null
  return { start: segment.index, end: segment.index + segment.segment.length }
}

/** The end of the next word after `offset`, as Ctrl+→ moves (or the text's end). */
export function nextWordEnd(text: string, offset: number): number {
  for (const segment of words.segment(text.slice(offset))) {
    if (segment.isWordLike) return offset + segment.index + segment.segment.length
  }
  return text.length
}

/** The start of the word before `offset`, as Ctrl+← moves (or 0). */
export function previousWordStart(text: string, offset: number): number {
  let found = 0
  for (const segment of words.segment(text.slice(0, offset))) {
    if (segment.isWordLike) found = segment.index
  }
  return found
}

/** A span widened so it neither begins nor ends inside a word. */
export function snapToWords(text: string, span: Span): Span {
  const first = span.start < text.length ? wordAt(text, span.start) : null
  const last = span.end > 0 ? wordAt(text, span.end - 1) : null
  return {
    start: first ? Math.min(first.start, span.start) : span.start,
    end: last ? Math.max(last.end, span.end) : span.end
  }
}

const OPENERS = '“‘"\'«„‚([{'
const CLOSERS = '”’"\'»“‘)]}'
const PAIRS: Record<string, string> = {
  '“': '”',
  '‘': '’',
  '"': '"',
  "'": "'",
  '«': '»',
  '„': '“',
  '‚': '‘',
  '(': ')',
  '[': ']',
  '{': '}'
}
/** Punctuation that hangs off a selection's edges: a comma or full stop after a word, a dash. */
const LOOSE = /[\s,.;:!?…–—-]/u
/** "p.m.", "U.S.": a full stop that belongs to an abbreviation stays. */
const ABBREVIATION = /(?:^|[^\p{L}])\p{L}(?:\.\p{L})+\.$/u

/**
 * Shrinks a span so it neither begins nor ends with white space or loose punctuation, as a drag past
 * a word often selects. Quotation marks and brackets stay when their partner is inside the span (a
 * whole quotation is tagged with its marks) and go when they are alone. Returns null when nothing
 * but white space and punctuation was selected.
 */
export function trimSpan(text: string, span: Span): Span | null {
  let { start, end } = span
  for (let changed = true; changed && start < end;) {
    changed = false
    while (start < end && LOOSE.test(text[start])) {
      start++
      changed = true
    }
    while (
      end > start &&
      LOOSE.test(text[end - 1]) &&
      !(text[end - 1] === '.' && ABBREVIATION.test(text.slice(start, end)))
    ) {
      end--
      changed = true
    }
    const open = text[start]
    if (start < end && OPENERS.includes(open) && !text.slice(start + 1, end).includes(PAIRS[open])) {
      start++
      changed = true
    }
    const close = text[end - 1]
    if (end > start && CLOSERS.includes(close) && !hasOpener(text.slice(start, end - 1), close)) {
      end--
      changed = true
    }
  }
  return start < end ? { start, end } : null
}

const hasOpener = (inside: string, close: string): boolean =>
  Object.entries(PAIRS).some(([open, partner]) => partner === close && inside.includes(open))

/** What a selection becomes when tagged: snapped to words when the analyst wants it, then trimmed. */
export function tidySpan(text: string, span: Span, snap: boolean): Span | null {
  const trimmed = trimSpan(text, span)
  if (!trimmed) return null
  return snap ? trimSpan(text, snapToWords(text, trimmed)) : trimmed
}

/** How a word-wise resize moves a span: which end, and which way. */
export type Resize = 'grow-end' | 'shrink-end' | 'grow-start' | 'shrink-start'

/**
 * The span with one end moved by a word, or null when it cannot move that way (a shrink that would
 * leave nothing, a grow at the text's edge).
 */
export function resizeByWord(text: string, span: Span, how: Resize): Span | null {
  let next: Span
  switch (how) {
    case 'grow-end':
      next = { start: span.start, end: nextWordEnd(text, span.end) }
      break
    case 'shrink-end': {
      const end = endOfWordBefore(text, span.start, previousWordStart(text, span.end))
      next = { start: span.start, end }
      break
    }
    case 'grow-start':
      next = { start: previousWordStart(text, span.start), end: span.end }
      break
    case 'shrink-start':
      next = { start: startOfWordAfter(text, nextWordEnd(text, span.start), span.end), end: span.end }
      break
  }
  const trimmed = trimSpan(text, next)
  if (!trimmed || (trimmed.start === span.start && trimmed.end === span.end)) return null
  return trimmed
}

/** The end of the last word that ends at or before `limit` and after `floor`, or `floor`. */
function endOfWordBefore(text: string, floor: number, limit: number): number {
  let end = floor
  for (const segment of words.segment(text.slice(floor, limit))) {
    if (segment.isWordLike) end = floor + segment.index + segment.segment.length
  }
  return end
}

/** The start of the first word at or after `from` and before `ceiling`, or `ceiling`. */
function startOfWordAfter(text: string, from: number, ceiling: number): number {
  for (const segment of words.segment(text.slice(from, ceiling))) {
    if (segment.isWordLike) return from + segment.index
  }
  return ceiling
}
