// The one contract for everything that crosses from renderer to main: each call's name, the zod
// schema of its input and the type of its output. Electron's ipc.ts, the browser-mode host and the
// renderer's clients are all generated from this map, so a call cannot drift from its handler.
import { z } from 'zod'
import type { Analyst, Annotation, Article, ArticleSummary, BundleImportReport, ImportReport, Tag } from './model'

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
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date must be written YYYY-MM-DD')

export interface Session {
  analyst: Analyst | null
  tags: Tag[]
  dataDir: string
}

export interface BundleFile {
  fileName: string
  base64: string
  articles: number
  annotations: number
}

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
  createAnnotation: call<Annotation>()(
    z.object({
      articleId,
      tag: z.string().min(1).max(64),
      start: z.number().int().nonnegative(),
      end: z.number().int().positive()
    })
  ),
  deleteAnnotation: call<{ id: string; articleId: number }>()(z.object({ id: z.string().uuid() })),
  /** Writes an annotated bundle (.wbundle) of the given articles, or of the whole corpus. */
  exportBundle: call<BundleFile>()(z.object({ articleIds: z.array(articleId).optional() })),
  importBundle: call<BundleImportReport>()(fileUpload)
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
