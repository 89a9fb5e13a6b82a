import type { TextQuote } from '../../../shared/model'

/** What a re-anchoring strategy knows of an annotation made on another version of the text. */
export interface AnchorTarget {
  quote: TextQuote
  /** Where the span was, in UTF-16 units of the other version: a hint, since the text moved. */
  hint: { start: number; end: number }
}

/** A span found in the new text, in its UTF-16 units. */
export interface Span {
  start: number
  end: number
}
