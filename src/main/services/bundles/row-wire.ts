// Rows of annotations as they cross from the reader thread to the main thread. Cloning 14,000 values
// a batch cost the main thread about as much as parsing them from JSON, and JSON about twice what
// splitting one text on NUL does; so a batch goes as its values joined by NUL, with the few columns
// that are not text put back on arrival. A batch with a NUL inside a value (article text may hold
// one) goes as JSON instead.
import { ANNOTATION_COLUMNS } from '../annotation-row'

export type WireRows = { joined: string } | { json: string }

/** Columns of an annotation row that hold numbers (article_id, start_u16, end_u16) or may be null (provenance). */
const NUMBER_COLUMNS = [1, 3, 4]
const NULLABLE_COLUMN = 13

/** The rows for the wire; `mayHoldNul` false promises that no value holds a NUL (see AnnotationBatch). */
export function encodeRows(rows: readonly unknown[], mayHoldNul = true): WireRows {
  if (mayHoldNul) {
    for (const value of rows) {
      if (typeof value === 'string' && value.includes('\u0000')) return { json: JSON.stringify(rows) }
    }
  }
  // As rows.join('\u0000') would write them, at half its cost: concatenation builds a rope of pieces
  // that is laid out once, when the text is posted.
  let joined = rows.length === 0 ? '' : `${(rows[0] ?? '') as string}`
  for (let at = 1; at < rows.length; at++) joined += `\u0000${(rows[at] ?? '') as string}`
  return { joined }
}

export function decodeRows(wire: WireRows): unknown[] {
  if ('json' in wire) return JSON.parse(wire.json) as unknown[]
  if (wire.joined === '') return []
  const rows: unknown[] = wire.joined.split('\u0000')
  for (let at = 0; at < rows.length; at += ANNOTATION_COLUMNS) {
    for (const column of NUMBER_COLUMNS) rows[at + column] = Number(rows[at + column])
    // join writes null as ''; a provenance is never empty text (it is a JSON object).
    if (rows[at + NULLABLE_COLUMN] === '') rows[at + NULLABLE_COLUMN] = null
  }
  return rows
}
