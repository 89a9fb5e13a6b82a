// Finds quoted passages: text between double quotation marks, straight or curly, paired within a
// paragraph. Curly marks say which way they face; a straight mark opens after a space or at the start
// of a paragraph and closes otherwise, so mixed pairs (“…") pair too. A quote left open at the end of
// a paragraph continues into the next when that one opens with a mark (the convention for quotes that
// run over several paragraphs); otherwise the stray mark is ignored.
import { paragraphs, type Bounds } from './sentences'

export interface QuoteSpan {
  /** The quoted words, without the marks, spaces or a trailing comma. */
  start: number
  end: number
  /** Where the marks stand: `open` at the opening mark, `close` just after the closing one. */
  open: number
  close: number
}

const OPENS_AFTER = /[\s([{\u2014\u2013:—-]/u

function facesOpen(text: string, at: number, paragraphStart: number): boolean {
  const mark = text[at]
  if (mark === '“') return true
  if (mark === '”') return false
  return at === paragraphStart || OPENS_AFTER.test(text[at - 1])
}

/**
 * Quoted names of things ("the "human dimension" conference") are not anyone's words: a short quote
 * followed straight away by one of these nouns is skipped.
 */
const NAMING_NOUNS =
  /^\s+(conference|format|summit|programme|program|operation|doctrine|initiative|plan|treaty|process|campaign|movement|party|group|project|law|act|bill)\b/i

function isName(text: string, span: QuoteSpan): boolean {
  const words = text.slice(span.start, span.end).split(/\s+/).length
  return words <= 4 && NAMING_NOUNS.test(text.slice(span.close, span.close + 20))
}

function trimmed(text: string, open: number, close: number): QuoteSpan | null {
  let start = open + 1
  let end = close - 1
  while (start < end && /\s/.test(text[start])) start++
  while (end > start && /[\s,;]/.test(text[end - 1])) end--
  return end > start ? { start, end, open, close } : null
}

function marksOf(text: string, paragraph: Bounds): number[] {
  const marks: number[] = []
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x22 || c === 0x201c || c === 0x201d) marks.push(i)
  }
  return marks
}

/** Every quoted passage of the text, in order. */
export function findQuotes(text: string): QuoteSpan[] {
  const quotes: QuoteSpan[] = []
  const list = paragraphs(text)
  let carried: number | null = null
  list.forEach((paragraph, index) => {
    let open: number | null = null
    for (const at of marksOf(text, paragraph)) {
      if (open === null) {
        if (facesOpen(text, at, paragraph.start)) open = at
      } else if (!facesOpen(text, at, paragraph.start) || text[at] === '"') {
        const from: number = carried ?? open
        const span = trimmed(text, from, at + 1)
        if (span && !isName(text, span)) quotes.push(span)
        open = null
        carried = null
      } else {
        open = at
        carried = null
      }
    }
    carried = null
    const next = list[index + 1]
    if (open !== null && next && facesOpen(text, next.start, next.start) && /["“]/.test(text[next.start])) {
      carried = open
    }
  })
  return quotes
}
