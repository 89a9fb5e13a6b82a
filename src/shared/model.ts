// The annotation model shared by main, preload and renderer. Plain data only.
//
// Offsets: every `start`/`end` in this model counts UTF-16 code units of the article's cleaned text,
// the unit of JavaScript strings, the DOM and Lexical. Bundles and other exchange formats count
// Unicode code points; they convert at their boundary with src/shared/offsets.ts.

/** An analyst: the person who creates annotations. `id` is stable across renames. */
export interface Analyst {
  id: string
  name: string
}

/** A piece of page furniture that the importer removed from the raw text. */
export interface RemovedSegment {
  /** The removed text, as it stood in the raw text. */
  text: string
  /** Why it was removed, in the analyst's words ("share buttons", "duplicate caption"). */
  reason: string
}

/** What an importer makes of one article before it is stored. */
export interface ArticleDraft {
  title: string
  outlet: string | null
  url: string | null
  /** ISO date (YYYY-MM-DD) of publication, where the text states one. */
  publishedDate: string | null
  /** BCP 47 language tag ("en"), where known. */
  language: string | null
  /** The cleaned text that annotations point into. Lines separated by "\n". */
  text: string
  /** The text as imported (after decoding and newline normalisation). */
  rawText: string
  removed: RemovedSegment[]
}

export interface Article extends ArticleDraft {
  id: number
  /** Lowercase hex SHA-256 of the UTF-8 bytes of `text`. */
  sha256: string
  sourceFile: string
  /** ISO timestamp. */
  importedAt: string
}

export interface ArticleSummary {
  id: number
  title: string
  outlet: string | null
  publishedDate: string | null
  sourceFile: string
  /** Number of annotations per tag name. */
  counts: Record<string, number>
}

export interface ArticleMetaPatch {
  title?: string
  outlet?: string | null
  url?: string | null
  publishedDate?: string | null
  language?: string | null
}

/** The quoted text of an annotation with a little context on each side (W3C TextQuoteSelector). */
export interface TextQuote {
  exact: string
  prefix: string
  suffix: string
}

export type AttributeValue = string | number | boolean | null
export type Attributes = Record<string, AttributeValue>

export interface Annotation {
  /** UUIDv7: unique and sortable by creation time. */
  id: string
  articleId: number
  tag: string
  /** UTF-16 code units into the article's cleaned text; `start < end`. */
  start: number
  end: number
  quote: TextQuote
  attributes: Attributes
  note: string
  creator: Analyst
  /** ISO timestamps. */
  created: string
  modified: string
}

export interface Tag {
  name: string
  label: string
  /** CSS colour. */
  color: string
  /** The key that applies this tag to the selection ("1"). */
  key: string
  builtin: boolean
}

export const BUILTIN_TAGS: readonly Tag[] = [
  { name: 'claim', label: 'Claim', color: '#d97706', key: '1', builtin: true },
  { name: 'quote', label: 'Quote', color: '#2563eb', key: '2', builtin: true },
  { name: 'figure', label: 'Figure', color: '#059669', key: '3', builtin: true }
]

/** Outcome of importing one file of articles. */
export type FileImportResult =
  | { file: string; status: 'imported'; articleIds: number[]; titles: string[] }
  | { file: string; status: 'duplicate'; articleIds: number[]; titles: string[] }
  | { file: string; status: 'failed'; reason: string }

export interface ImportReport {
  files: FileImportResult[]
  imported: number
  duplicates: number
  failed: number
}

export interface BundleImportReport {
  file: string
  articlesAdded: number
  articlesExisting: number
  annotationsAdded: number
  annotationsUnchanged: number
  annotationsConflicting: number
  /** Ids of annotations whose stored version differs from the bundle's; the stored one is kept. */
  conflicts: string[]
}
