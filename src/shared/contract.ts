// The one contract for everything that crosses from renderer to main: each call's name, the zod
// schema of its input and the type of its output. Electron's ipc.ts, the browser-mode host and the
// renderer's clients are all generated from this map, so a call cannot drift from its handler.
import { z } from 'zod'
import { anyAttributes } from './attributes'
import type { EditResult, HistoryState } from './editing'
import type {
  AdjudicableArticle,
  Adjudication,
  AgreementReport,
  Analyst,
  Annotation,
  AnnotationImportReport,
  Article,
  ArticleStatus,
  ArticleSummary,
  BundleImportPreview,
  BundleImportReport,
  CorpusOverview,
  ImportJob,
  ImportReport,
  Orphan,
  SearchResults,
  Story,
  StoryComparison,
  StorySuggestion,
  Suggestion,
  Tag,
  TagAllPreview,
  TagRule
} from './model'

/** Declares a call: `call<Output>()(inputSchema)`. The output type exists only for TypeScript. */
const call =
  <Output>() =>
  <Input extends z.ZodType>(input: Input) => ({ input, output: undefined as unknown as Output })

const articleId = z.number().int().positive()
const fileUpload = z.object({
  name: z.string().min(1).max(1024),
  /** The file's bytes, base64-encoded (JSON and structured clone both carry strings). */
  base64: z.string()
})
const annotationId = z.string().uuid()
const tagName = z.string().min(1).max(64)
const tagLabel = z.string().trim().min(1, 'a tag needs a label').max(64)
const tagColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour is written #rrggbb')
/** One printable character, or nothing for a tag without a key. */
const tagKey = z.string().regex(/^[\x21-\x7e]?$/u, 'a tag key is one printable character')
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date must be written YYYY-MM-DD')

const suggestionKinds = z.array(z.enum(['quote', 'figure', 'claim'])).min(1)
const suggestionRef = z.object({
  kind: z.enum(['quote', 'figure', 'claim']),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive()
})
const tagScope = z.enum(['article', 'articles', 'corpus'])
const tagAllInput = z
  .object({
    tag: tagName,
    phrase: z.string().trim().min(1, 'a phrase to find is required').max(500).optional(),
    regex: z.string().min(1).max(500).optional(),
    scope: tagScope,
    articleIds: z.array(articleId).max(100_000).optional(),
    wholeWord: z.boolean().optional(),
    caseSensitive: z.boolean().optional()
  })
  .refine((input) => (input.phrase === undefined) !== (input.regex === undefined), {
    message: 'give either a phrase or a regular expression'
  })
const ruleDraft = z.object({
  tag: tagName,
  kind: z.enum(['phrase', 'regex']),
  pattern: z.string().min(1).max(500),
  caseSensitive: z.boolean().optional(),
  wholeWord: z.boolean().optional()
})
const runRules = z.object({
  ruleIds: z.array(z.number().int().positive()).max(1000).optional(),
  tag: tagName.optional(),
  scope: tagScope,
  articleIds: z.array(articleId).max(100_000).optional()
})

export interface Session {
  analyst: Analyst | null
  tags: Tag[]
  dataDir: string
  history: HistoryState
  /** The analyst's own key bindings, by command name. */
  keyBindings: Record<string, string>
  /** The article the analyst had open last (reopened at start), if it is still in the corpus. */
  lastArticleId: number | null
  /** Whether selections snap to whole words before they are tagged. */
  snapToWords: boolean
}

export interface BundleFile {
  fileName: string
  base64: string
  articles: number
  annotations: number
}

/** A decision applied, and the adjudication view of its article as it now stands. */
export interface AdjudicationResult {
  edit: EditResult
  view: Adjudication
}

const analystId = z.string().min(1).max(200)

export const contract = {
  /** Who is working, the tag set and where data lives. */
  getSession: call<Session>()(z.object({})),
  /** Creates or renames the analyst profile stamped on every annotation. */
  setProfile: call<Analyst>()(z.object({ name: z.string().trim().min(1, 'a name is required').max(200) })),
  listArticles: call<ArticleSummary[]>()(z.object({ filter: z.string().max(500).optional() })),
  getArticle: call<Article>()(z.object({ id: articleId })),
  updateArticle: call<Article>()(
    z.object({
      id: articleId,
      patch: z
        .object({
          title: z.string().trim().min(1).max(1000),
          outlet: z.string().trim().max(200).nullable(),
          url: z.string().trim().max(2000).nullable(),
          publishedDate: isoDate.nullable(),
          language: z.string().trim().max(35).nullable()
        })
        .partial()
    })
  ),
  /** Imports article files (.txt, .md, .html, .jsonl); each file imports whole or not at all. */
  importFiles: call<ImportReport>()(z.object({ files: z.array(fileUpload).min(1).max(10_000) })),
  listAnnotations: call<Annotation[]>()(z.object({ articleId })),
  /** Tags a span; one undo step. */
  createAnnotation: call<EditResult>()(
    z.object({
      articleId,
      tag: z.string().min(1).max(64),
      start: z.number().int().nonnegative(),
      end: z.number().int().positive(),
      attributes: anyAttributes.optional(),
      note: z.string().max(20_000).optional()
    })
  ),
  /** Changes an annotation's tag, extent, attributes or note; one undo step. */
  updateAnnotation: call<EditResult>()(
    z.object({
      id: annotationId,
      patch: z
        .object({
          tag: tagName,
          start: z.number().int().nonnegative(),
          end: z.number().int().positive(),
          attributes: anyAttributes,
          note: z.string().max(20_000)
        })
        .partial()
    })
  ),
  /** Deletes annotations; one undo step. */
  deleteAnnotations: call<EditResult>()(z.object({ ids: z.array(annotationId).min(1).max(100_000) })),
  /** Undoes the analyst's last step, in whichever article it was. */
  undo: call<EditResult>()(z.object({})),
  redo: call<EditResult>()(z.object({})),
  setArticleStatus: call<{ id: number; status: ArticleStatus }>()(
    z.object({ id: articleId, status: z.enum(['new', 'in_progress', 'done']) })
  ),
  /** Speakers or claimants already used in the corpus, most used first, for completion. */
  listAttributeValues: call<string[]>()(
    z.object({ attribute: z.enum(['speaker', 'claimant']), prefix: z.string().max(200).optional() })
  ),
  /** Adds a user-defined tag. */
  createTag: call<Tag[]>()(
    z.object({
      name: z
        .string()
        .trim()
        .regex(
          /^[a-z][a-z0-9_-]{0,31}$/,
          'a tag name is 1–32 lowercase letters, digits, - or _, starting with a letter'
        ),
      label: tagLabel,
      color: tagColor,
      key: tagKey
    })
  ),
  /** Renames (label), recolours or rebinds a tag. */
  updateTag: call<Tag[]>()(
    z.object({ name: tagName, patch: z.object({ label: tagLabel, color: tagColor, key: tagKey }).partial() })
  ),
  /**
   * Deletes a user-defined tag. A tag in use needs `annotations`: "delete" them, or "retag" them as
   * `retagAs`.
   */
  deleteTag: call<Tag[]>()(
    z.object({
      name: tagName,
      annotations: z.enum(['delete', 'retag']).optional(),
      retagAs: tagName.optional()
    })
  ),
  /** The analyst's own key bindings, by command name; the defaults apply to the rest. */
  setKeyBindings: call<Record<string, string>>()(
    z.object({ bindings: z.record(z.string().max(64), z.string().max(64)) })
  ),
  /** Whether selections snap to whole words before they are tagged; kept with the corpus. */
  setSnapToWords: call<null>()(z.object({ on: z.boolean() })),
  /** Records the article the analyst has open (null: none), to reopen it when the workbench starts. */
  setLastArticle: call<null>()(z.object({ id: articleId.nullable() })),
  /** Writes an annotated bundle (.wbundle) of the given articles, or of the whole corpus. */
  exportBundle: call<BundleFile>()(z.object({ articleIds: z.array(articleId).optional() })),
  importBundle: call<BundleImportReport>()(fileUpload),
  // ——— Team exchange (issue 5) ———
  /** What importing a bundle would add, change, delete and find in conflict; writes nothing. */
  previewBundleImport: call<BundleImportPreview>()(fileUpload),
  /** Imports a bundle in one transaction, settling each conflict as chosen (unchosen ones keep ours). */
  applyBundleImport: call<BundleImportReport>()(
    fileUpload.extend({ choices: z.record(z.uuid(), z.enum(['mine', 'theirs', 'both'])).default({}) })
  ),
  /** Annotations that could not be anchored in this corpus's text of their article (one article, or all). */
  listOrphans: call<Orphan[]>()(z.object({ articleId: articleId.optional() })),
  /** Attaches an orphan by hand to [start, end) (UTF-16) of its article's text. */
  reattachOrphan: call<Annotation>()(
    z.object({ id: z.uuid(), start: z.number().int().nonnegative(), end: z.number().int().positive() })
  ),
  /** Writes the annotations of the given articles (or all) as brat standoff (zip), CSV or Label Studio JSON. */
  exportAnnotations: call<BundleFile>()(
    z.object({
      format: z.enum(['brat', 'csv', 'labelstudio']),
      articleIds: z.array(articleId).optional(),
      /** Label Studio only: whether the tasks carry the annotations as finished work or as predictions. */
      mode: z.enum(['annotations', 'predictions']).default('annotations')
    })
  ),
  /** Imports annotations made in brat (a zip, or a folder's .txt and .ann files) or Label Studio (JSON). */
  importAnnotations: call<AnnotationImportReport>()(
    z.object({ format: z.enum(['brat', 'labelstudio']), files: z.array(fileUpload).min(1).max(10_000) })
  ),
  /** Per tag span F1 and token κ between analysts, over the given (or all) articles two or more annotated. */
  getAgreement: call<AgreementReport>()(z.object({ articleIds: z.array(articleId).optional() })),
  /** The articles two or more analysts annotated, with the adjudication rows still open on each. */
  listAdjudicable: call<AdjudicableArticle[]>()(z.object({})),
  /** Two analysts' spans of an article paired row by row (default: the two with most annotations). */
  getAdjudication: call<Adjudication>()(
    z.object({ articleId, analystA: analystId.optional(), analystB: analystId.optional() })
  ),
  /**
   * Keeps A's version of a row, B's, or both; the other is deleted (tombstone, history) and the
   * decision is one undo step. Refused, changing nothing, when the row changed since it was shown.
   */
  adjudicate: call<AdjudicationResult>()(
    z
      .object({
        articleId,
        analystA: analystId,
        analystB: analystId,
        a: annotationId.nullable(),
        b: annotationId.nullable(),
        choice: z.enum(['a', 'b', 'both'])
      })
      .refine((input) => input.a !== null || input.b !== null, { message: 'a row has at least one annotation' })
  ),
  // Issue 4: bulk tagging and the suggester.
  /** The article's pending suggestions (computed now; rejected ones and tagged spans left out). */
  listSuggestions: call<Suggestion[]>()(z.object({ articleId, kinds: suggestionKinds.optional() })),
  /** Accepts suggestions as annotations with provenance; one undo step. */
  acceptSuggestions: call<EditResult>()(
    z.object({ articleId, suggestions: z.array(suggestionRef).min(1).max(10_000) })
  ),
  /** Rejects suggestions for good; returns the article's suggestions still pending. */
  rejectSuggestions: call<Suggestion[]>()(
    z.object({ articleId, suggestions: z.array(suggestionRef).min(1).max(10_000) })
  ),
  /** Accepts every pending suggestion of the kinds in the articles; one undo step (null: none pending). */
  acceptAllSuggestions: call<EditResult | null>()(
    z.object({ articleIds: z.array(articleId).min(1).max(100_000), kinds: suggestionKinds })
  ),
  /** What tagging every match of a phrase or regex would do; writes nothing. */
  previewTagAll: call<TagAllPreview>()(tagAllInput),
  /** Tags every match; one undo step (null: nothing matched). */
  applyTagAll: call<EditResult | null>()(tagAllInput),
  listTagRules: call<TagRule[]>()(z.object({ tag: tagName.optional() })),
  /** Saves phrases and regexes as rules of their tags, all or none; returns those tags' rules. */
  saveTagRules: call<TagRule[]>()(z.object({ rules: z.array(ruleDraft).min(1).max(1000) })),
  /** Deletes a saved rule; returns the rules left. */
  deleteTagRule: call<TagRule[]>()(z.object({ id: z.number().int().positive() })),
  /** What running saved rules would tag, per tag; writes nothing. */
  previewTagRules: call<TagAllPreview[]>()(runRules),
  /** Runs saved rules and tags every match; one undo step (null: nothing matched). */
  applyTagRules: call<EditResult | null>()(runRules),
  // ── Find and compare (issue 6) ──
  /** Full-text search over article titles and text and over annotations, with keyword-in-context hits. */
  search: call<SearchResults>()(
    z.object({
      query: z.string().max(1000),
      scope: z.enum(['all', 'text', 'annotations']).optional(),
      tag: z.string().max(64).optional(),
      analyst: z.string().max(200).optional(),
      outlet: z.string().max(200).optional(),
      from: isoDate.optional(),
      to: isoDate.optional(),
      status: z.string().max(32).optional(),
      limit: z.number().int().min(1).max(1000).optional()
    })
  ),
  /** Tags every text hit of a search as `as`; one undo step (null: every hit carries it already). */
  tagSearchHits: call<EditResult | null>()(
    z.object({
      query: z.string().min(1).max(1000),
      as: tagName,
      tag: z.string().max(64).optional(),
      analyst: z.string().max(200).optional(),
      outlet: z.string().max(200).optional(),
      from: isoDate.optional(),
      to: isoDate.optional(),
      status: z.string().max(32).optional()
    })
  ),
  listStories: call<Story[]>()(z.object({})),
  getStory: call<Story>()(z.object({ id: z.number().int().positive() })),
  createStory: call<Story>()(z.object({ title: z.string().max(500), articleIds: z.array(articleId).max(10_000) })),
  /** Renames a story and adds or removes articles, in one change. */
  updateStory: call<Story>()(
    z.object({
      id: z.number().int().positive(),
      title: z.string().max(500).optional(),
      add: z.array(articleId).max(10_000).optional(),
      remove: z.array(articleId).max(10_000).optional()
    })
  ),
  deleteStory: call<{ id: number }>()(z.object({ id: z.number().int().positive() })),
  /** Groups of articles that share names, dates and rare phrases, with what they share. */
  suggestStories: call<StorySuggestion[]>()(z.object({})),
  /** A story's figures, quotes and claims side by side per outlet. */
  compareStory: call<StoryComparison>()(z.object({ storyId: z.number().int().positive() })),
  /** The comparison as CSV or as a printable HTML report, to save. */
  exportComparison: call<{ fileName: string; mimeType: string; base64: string }>()(
    z.object({ storyId: z.number().int().positive(), format: z.enum(['csv', 'html']) })
  ),
  /** Starts importing article files in the background; poll importProgress, stop with cancelImport. */
  startImport: call<ImportJob>()(z.object({ files: z.array(fileUpload).min(1).max(10_000) })),
  importProgress: call<ImportJob>()(z.object({ jobId: z.number().int().positive() })),
  /** Stops an import after the batches under way; the articles they imported stay. */
  cancelImport: call<ImportJob>()(z.object({ jobId: z.number().int().positive() })),
  /** Annotations per tag per outlet and per article, and articles per status, for the overview charts. */
  getOverview: call<CorpusOverview>()(z.object({}))
}

export type Contract = typeof contract
export type CallName = keyof Contract
/** A call's input as the caller writes it. */
export type CallInput<N extends CallName> = z.input<Contract[N]['input']>
/** A call's input after validation, as a handler receives it. */
export type ValidInput<N extends CallName> = z.output<Contract[N]['input']>
export type CallOutput<N extends CallName> = Contract[N]['output']

/** What the renderer sees as `window.workbench`, whichever host serves it. */
export type WorkbenchApi = { [N in CallName]: (input: CallInput<N>) => Promise<CallOutput<N>> }

/** What main implements: one function per call. */
export type Handlers = { [N in CallName]: (input: ValidInput<N>) => CallOutput<N> | Promise<CallOutput<N>> }

export const callNames = Object.keys(contract) as CallName[]

/** The IPC channel of a call in Electron. */
export const channelOf = (name: CallName): string => `workbench:${name}`
