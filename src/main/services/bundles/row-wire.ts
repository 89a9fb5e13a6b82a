// Rows of annotations as they cross from the reader thread to the main thread. Cloning 14,000 values
// a batch cost the main thread about as much as parsing them from JSON, and JSON about twice what
// splitting one text on NUL does; so a batch goes as its values joined by NUL, with the few columns
// that are not text put back on arrival. A batch with a NUL inside a value (article text may hold
// one) goes as JSON instead.
//
// What the main thread can rebuild does not travel: every row the reader sends was anchored in its
// article's text, its quote, prefix and suffix checked to be exactly the text at and around its span
// (anchor-annotation.ts), and the main thread holds the same texts (it wrote them). So the quote goes
// as nothing, the prefix and suffix as their lengths, and `modified` as nothing when it equals
// `created` (an annotation never edited): about half of what a row weighs.
import { ANNOTATION_COLUMNS } from '../annotation-row'

export type WireRows = { joined: string } | { json: string }

/** The text of a written article, by its local id: where the wire's quotes are cut from. */
export type ArticleTexts = ReadonlyMap<number, string>

const ARTICLE = 1
const START = 3
const END = 4
const EXACT = 5
const PREFIX = 6
const SUFFIX = 7
const CREATED = 11
const MODIFIED = 12
/** Columns of an annotation row that hold numbers on arrival (article_id, start_u16, end_u16) and the lengths standing in for prefix and suffix. */
const NUMBER_COLUMNS = [ARTICLE, START, END, PREFIX, SUFFIX]
/** The column that may be null (provenance). */
const NULLABLE_COLUMN = 13

/** A copy of `rows` without what the other side rebuilds (see the head of this file). */
function slim(rows: readonly unknown[]): unknown[] {
  const slimmed = rows.slice()
  for (let at = 0; at < slimmed.length; at += ANNOTATION_COLUMNS) {
    slimmed[at + EXACT] = ''
    slimmed[at + PREFIX] = (rows[at + PREFIX] as string).length
    slimmed[at + SUFFIX] = (rows[at + SUFFIX] as string).length
    if (rows[at + MODIFIED] === rows[at + CREATED]) slimmed[at + MODIFIED] = ''
  }
  return slimmed
}

/**
 * The rows for the wire. Each row's quote, prefix and suffix must be its article's text at and
 * around its span, as the reader's anchoring made sure. `mayHoldNul` false promises that no value
 * holds a NUL (see AnnotationBatch).
 */
export function encodeRows(rows: readonly unknown[], mayHoldNul = true): WireRows {
  const slimmed = slim(rows)
  if (mayHoldNul) {
    for (const value of slimmed) {
      if (typeof value === 'string' && value.includes('\u0000')) return { json: JSON.stringify(slimmed) }
    }
  }
  // As rows.join('\u0000') would write them, at half its cost: concatenation builds a rope of pieces
  // that is laid out once, when the text is posted.
  let joined = slimmed.length === 0 ? '' : `${(slimmed[0] ?? '') as string}`
  for (let at = 1; at < slimmed.length; at++) joined += `\u0000${(slimmed[at] ?? '') as string}`
  return { joined }
}

/** The rows of a wire, their quotes cut again from `texts`, the article texts they were anchored in. */
export function decodeRows(wire: WireRows, texts: ArticleTexts): unknown[] {
  const joined = 'joined' in wire
  if (joined && wire.joined === '') return []
  const rows = joined ? wire.joined.split('\u0000') : (JSON.parse(wire.json) as unknown[])
  for (let at = 0; at < rows.length; at += ANNOTATION_COLUMNS) {
    if (joined) {
      for (const column of NUMBER_COLUMNS) rows[at + column] = Number(rows[at + column])
      // join writes null as ''; a provenance is never empty text (it is a JSON object).
      if (rows[at + NULLABLE_COLUMN] === '') rows[at + NULLABLE_COLUMN] = null
    }
    const text = texts.get(rows[at + ARTICLE] as number)
    if (text === undefined)
      throw new Error(`the reader sent a row of article ${String(rows[at + ARTICLE])}, which was not set up`)
    const start = rows[at + START] as number
    const end = rows[at + END] as number
    rows[at + EXACT] = text.slice(start, end)
    rows[at + PREFIX] = text.slice(start - (rows[at + PREFIX] as number), start)
    rows[at + SUFFIX] = text.slice(end, end + (rows[at + SUFFIX] as number))
    if (rows[at + MODIFIED] === '') rows[at + MODIFIED] = rows[at + CREATED]
  }
  return rows
}
