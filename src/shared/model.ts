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

/** How far the analyst has got with an article. */
export type ArticleStatus = 'new' | 'in_progress' | 'done'
export const ARTICLE_STATUSES: readonly ArticleStatus[] = ['new', 'in_progress', 'done']

export interface Article extends ArticleDraft {
  id: number
  /** Lowercase hex SHA-256 of the UTF-8 bytes of `text`. */
  sha256: string
  sourceFile: string
  /** ISO timestamp. */
  importedAt: string
  status: ArticleStatus
}

export interface ArticleSummary {
  id: number
  title: string
  outlet: string | null
  publishedDate: string | null
  sourceFile: string
  status: ArticleStatus
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
  /** Set when a rule or the suggester proposed the span and an analyst accepted it (issue 4). */
  provenance?: Provenance
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
  /** Ids of conflicting annotations left unresolved; the stored version is kept. */
  conflicts: string[]
  /** Replaced by a newer version, or by the bundle's side of a resolved conflict. */
  annotationsChanged: number
  annotationsDeleted: number
  conflictsResolved: number
  /** Annotations kept as orphans: their article's text here differs and they could not be anchored. */
  orphans: number
}

// ——— Team exchange (issue 5): merging bundles, conflicts, orphans ———

/** One side of an annotation in a merge: a version of it, or its deletion. */
export type AnnotationVersionDigest =
  | {
      state: 'annotation'
      tag: string
      exact: string
      note: string
      attributes: Attributes
      creator: Analyst
      modified: string
    }
  | { state: 'deleted'; deleted: string; deletedBy: string | null }

/** What an import would do to one annotation: `mine` is this corpus's side (null when it has none). */
export interface MergeItem {
  id: string
  articleTitle: string
  mine: AnnotationVersionDigest | null
  theirs: AnnotationVersionDigest
}

/** How the importing analyst settles a conflict; `both` keeps theirs too, under a new id. */
export type ConflictChoice = 'mine' | 'theirs' | 'both'

/** Both sides changed the annotation since their common version. */
export interface MergeConflict extends MergeItem {
  mine: AnnotationVersionDigest
  /** The side changed last, which wins when the merge is left to the rule "newer wins". */
  suggested: 'mine' | 'theirs'
  /** False when one side is a deletion: there is nothing to keep twice. */
  canKeepBoth: boolean
}

/** An annotation that could not be anchored in this corpus's text of its article. */
export interface Orphan {
  id: string
  articleId: number
  articleTitle: string
  tag: string
  quote: TextQuote
  note: string
  creator: Analyst
  /** Why no strategy could anchor it. */
  reason: string
  /** The bundle it came from. */
  file: string
}

/** What importing a bundle would write; nothing is written until it is confirmed. */
export interface BundleImportPreview {
  file: string
  articlesAdded: number
  articlesExisting: number
  /** Articles the corpus has under the same URL or title, outlet and date, but with another text. */
  articlesReanchored: number
  added: MergeItem[]
  changed: MergeItem[]
  deleted: MergeItem[]
  unchanged: number
  conflicts: MergeConflict[]
  orphans: Orphan[]
}

/** Outcome of importing annotations made in another tool (brat standoff, Label Studio JSON). */
export interface AnnotationImportReport {
  file: string
  articlesAdded: number
  articlesExisting: number
  annotationsAdded: number
  /** Annotations whose id the corpus already had (written by this workbench); left as they were. */
  annotationsUnchanged: number
  /** Tags the files used that this corpus lacked; they were added as custom tags. */
  tagsAdded: string[]
}

/** Agreement between analysts on one tag, pooled over every pair of analysts on every shared article. */
export interface TagAgreement {
  tag: string
  /** Spans of this tag on the shared articles, all analysts together. */
  spans: number
  /** F1 of spans that match exactly (same start and end); null when no analyst used the tag. */
  exactF1: number | null
  /** F1 of spans that overlap a span of the other analyst. */
  overlapF1: number | null
  /** Cohen's κ over word tokens, each inside or outside the analyst's spans of this tag. */
  kappa: number | null
}

export interface AgreementReport {
  /** Articles annotated by two or more analysts. */
  articles: number
  analysts: Analyst[]
  /** Analyst pairs compared, counted once per shared article. */
  pairs: number
  tags: TagAgreement[]
}

/** Adjudication: how a row's two spans relate (see services/agreement/adjudication-pairs.ts). */
export type AdjudicationMatch = 'exact' | 'overlap' | 'retag' | 'only-a' | 'only-b'

/** Which version an adjudication keeps: analyst A's, analyst B's, or both. */
export type AdjudicationChoice = 'a' | 'b' | 'both'

/** One row of the adjudication view: A's span beside B's, either of which may be missing. */
export interface AdjudicationRow {
  /** Stable while neither annotation changes: the two ids. */
  key: string
  match: AdjudicationMatch
  a: Annotation | null
  b: Annotation | null
  /** Same tag, extent and attributes: nothing to decide. */
  agreed: boolean
  /** A decision in force keeps every annotation of this row. */
  settled: boolean
  /** The article text around both spans: `text` starts at offset `from` (UTF-16) of the article. */
  context: { from: number; text: string }
}

export interface AnalystCount {
  analyst: Analyst
  annotations: number
}

/** Two analysts' annotations of one article, paired for adjudication. */
export interface Adjudication {
  articleId: number
  title: string
  /** Every analyst with annotations on the article, most annotations first. */
  analysts: AnalystCount[]
  a: Analyst
  b: Analyst
  rows: AdjudicationRow[]
}

/** An article two or more analysts annotated, with the rows still open between its two main analysts. */
export interface AdjudicableArticle {
  articleId: number
  title: string
  analysts: AnalystCount[]
  open: number
}

// Issue 4: bulk tagging and the suggester.

/** What the suggester proposes: quotes and figures with high confidence, claims with lower. */
export type SuggestionKind = 'quote' | 'figure' | 'claim'
export const SUGGESTION_KINDS: readonly SuggestionKind[] = ['quote', 'figure', 'claim']

/** A pending suggestion: computed on demand, never stored until accepted (then an annotation). */
export interface Suggestion {
  kind: SuggestionKind
  /** UTF-16 code units into the article's cleaned text, like an annotation's. */
  start: number
  end: number
  /** The tag's attributes as the suggester normalised them (speaker; value, unit, approximate…). */
  attributes: Attributes
  /** Which rule found it ("figure/date", "quote/marks + speaker/said-after"): the provenance. */
  rule: string
  /** 0–1: how sure the rule is. Claims are lower than quotes and figures. */
  confidence: number
}

/** Where an accepted suggestion or a bulk tagging came from, stored with the annotation. */
export interface Provenance {
  rule: string
  suggestedAt?: string
  acceptedBy: Analyst
  acceptedAt: string
}

/** Where tag-all-matches and saved rules look: one article, the chosen articles, or the corpus. */
export type TagScope = 'article' | 'articles' | 'corpus'

/** One place a phrase or rule matched, with its context, for the preview. */
export interface TagMatch {
  articleId: number
  title: string
  start: number
  end: number
  quote: TextQuote
  /** The rule that matched ('phrase:"Putin"', 'regex:/\d+ troops/'). */
  rule: string
}

/** What tagging all matches would do, before anything is written. */
export interface TagAllPreview {
  tag: string
  /** Matches that would be tagged. */
  count: number
  /** Articles with at least one match. */
  articles: number
  /** Matches skipped because the span already carries the tag. */
  alreadyTagged: number
  /** The first matches, in corpus then reading order (all of them when `truncated` is false). */
  matches: TagMatch[]
  truncated: boolean
  /** Articles where a rule ran out of time, and other things the analyst should know. */
  problems: string[]
}

/** A saved tagging rule: a phrase or a regular expression that tags its matches with `tag`. */
export interface TagRule {
  id: number
  tag: string
  kind: 'phrase' | 'regex'
  pattern: string
  caseSensitive: boolean
  wholeWord: boolean
}

// ── Find and compare (issue 6) ──────────────────────────────────────────────────────────────────

/** Where a search looks: article titles and text, annotations (quote, tag, attributes, note), or both. */
export type SearchScope = 'all' | 'text' | 'annotations'

export interface SearchFilters {
  /** Annotations with this tag; for text, articles that have one. */
  tag?: string
  /** An analyst's id or name: their annotations; for text, articles they annotated. */
  analyst?: string
  outlet?: string
  /** Publication dates, inclusive, YYYY-MM-DD. */
  from?: string
  to?: string
  /** Article status (new, in_progress, done) where the corpus records one. */
  status?: string
}

/** One keyword-in-context line. */
export interface SearchHit {
  articleId: number
  title: string
  outlet: string | null
  publishedDate: string | null
  /** What matched: the article's text, its title, or an annotation. */
  field: 'text' | 'title' | 'annotation'
  /** UTF-16 code units of the hit in the article text (in the title for a title hit). */
  start: number
  end: number
  before: string
  match: string
  after: string
  annotation?: { id: string; tag: string; creator: string }
}

export interface SearchResults {
  /** The FTS5 expression the query became (shown to the analyst for transparency). */
  expression: string
  hits: SearchHit[]
  /** Articles whose text or title matched, and annotations that matched, before any limit. */
  articleCount: number
  annotationCount: number
  /** True when some hits were left out by the limits. */
  truncated: boolean
}

/** Articles that report the same event, grouped by an analyst. */
export interface Story {
  id: number
  title: string
  creator: Analyst
  created: string
  /** The story's articles, oldest publication first. */
  articles: { id: number; title: string; outlet: string | null; publishedDate: string | null }[]
}

/** Something two or more articles both mention: a name, a date, or a rare phrase. */
export interface SharedItem {
  kind: 'name' | 'date' | 'phrase'
  /** As the first article writes it. */
  text: string
  /** How many of the suggested articles mention it. */
  articles: number
}

/** Articles that seem to report the same event, and why: what they share. The analyst confirms. */
export interface StorySuggestion {
  articleIds: number[]
  /** A title made of the most shared names and date. */
  title: string
  /** 0–1: how much of what the articles mention they share (the weakest link in the group). */
  score: number
  shared: SharedItem[]
  /** The story that already holds all of these articles, if one does. */
  existingStoryId: number | null
}

/** An annotated span as a comparison cell shows it; opening the cell opens this span. */
export interface ComparedSpan {
  annotationId: string
  articleId: number
  /** The article's outlet, or its title when the outlet is unknown. */
  outlet: string
  start: number
  end: number
  quote: string
}

export interface ComparedFigure extends ComparedSpan {
  /** False when the figure has no value and unit yet: it is shown by its quote, never guessed. */
  normalised: boolean
  value?: number | string
  valueHigh?: number
  unit?: string
  approximate: boolean
  qualifier?: string
  /** The normalised figure as read ("≈100,000 troops", "60,000–90,000 troops"), or the quote. */
  label: string
  /** True when no figure of another outlet in the same unit agrees with it. */
  disagrees: boolean
}

/** The figures of one unit across the story's outlets (unit null: figures not normalised yet). */
export interface FigureRow {
  unit: string | null
  figures: ComparedFigure[]
  /** Outlets give values in this unit that cannot all be true together. */
  disagreement: boolean
}

export interface ComparedQuote extends ComparedSpan {
  speaker: string | null
}

/** Quotes (or claims) from different places that say the same thing, even worded differently or cut short. */
export interface MatchedSpans<T extends ComparedSpan> {
  items: T[]
  /** The outlets do not use the same words (one cut it short, or reworded it). */
  wordingDiffers: boolean
}

export interface QuoteRow extends MatchedSpans<ComparedQuote> {
  /** The outlets name different speakers. */
  speakersDiffer: boolean
}

export interface ComparedClaim extends ComparedSpan {
  status: string | null
  claimant: string | null
}

export interface StoryComparison {
  story: { id: number; title: string }
  outlets: string[]
  figures: FigureRow[]
  quotes: QuoteRow[]
  claims: MatchedSpans<ComparedClaim>[]
}

/** A long import running in the background: how far it is, and its report once it ends. */
export interface ImportJob {
  id: number
  state: 'running' | 'cancelling' | 'done' | 'cancelled' | 'failed'
  /** Files finished so far, and in all. */
  done: number
  total: number
  imported: number
  duplicates: number
  failed: number
  /** Files never started because the analyst cancelled. */
  skipped: number
  /** Files per second so far. */
  rate: number
  /** The full report once the job has ended (state done or cancelled). */
  report: ImportReport | null
  /** What went wrong when state is failed. */
  error: string | null
}

/** Annotation counts for the overview charts. */
export interface CorpusOverview {
  tags: string[]
  byOutlet: { outlet: string; articles: number; counts: Record<string, number> }[]
  /** The most annotated articles first (at most 40). */
  byArticle: { articleId: number; title: string; outlet: string | null; counts: Record<string, number> }[]
  /** Articles per status (new, in_progress, done), or null where the corpus records no status yet. */
  byStatus: { status: string; articles: number }[]
  articles: number
  annotations: number
}
