// Implements every call of the contract on top of the services. Knows nothing of Electron or HTTP:
// ipc.ts and host/ both route calls here through dispatch().
import { contract, type CallName, type Handlers } from '../shared/contract'
import { UserError, type CallResult } from '../shared/errors'
import type { Analyst } from '../shared/model'
import type { Db } from './db/connection'
import { listAnnotations, listAttributeValues } from './services/annotations'
import { catchUpSearchIndex } from './services/search-backlog'
import { createAnnotations, deleteAnnotations, redoStep, undoStep, updateAnnotation } from './services/editing'
import { historyState } from './services/history'
import {
  getKeyBindings,
  getLastArticle,
  getSnapToWords,
  setKeyBindings,
  setLastArticle,
  setSnapToWords
} from './services/settings'
import { createTag, deleteTag, updateTag } from './services/tags'
import { exportBundle } from './services/bundles/export-bundle'
import { importBundle, previewBundleImport } from './services/bundles/import-bundle'
import type { ReaderThread } from './services/bundles/reader-thread'
import { getArticle, listArticles, setArticleStatus, updateArticle } from './services/corpus'
import { importArticleFiles } from './services/import-articles'
import { computeAgreement } from './services/agreement/agreement'
import { getAdjudication, listAdjudicable } from './services/agreement/adjudication'
import { adjudicate } from './services/agreement/adjudicate'
import { exportAnnotations } from './services/exchange/export-annotations'
import { importAnnotations } from './services/exchange/import-annotations'
import { listOrphans, reattachOrphan } from './services/orphans'
import { getProfile, listTags, setProfile } from './services/profile'
import type { Importer } from './services/import/importer'
import { acceptAllSuggestions, acceptSuggestions, listSuggestions, rejectSuggestions } from './services/suggestions'
import { applyTagAll, previewTagAll } from './services/tag-all/tag-all'
import { applyRules, deleteRule, listRules, previewRules, saveRules } from './services/tag-all/tag-rules'
import { search } from './services/search/search'
import { tagSearchHits } from './services/search/tag-hits'
import { createStory, deleteStory, getStory, listStories, updateStory } from './services/stories/stories'
import { suggestStories } from './services/stories/suggest-stories'
import { compareStory } from './services/compare/compare-story'
import { exportComparison } from './services/compare/export-comparison'
import { ImportJobs } from './services/import/import-jobs'
import { corpusOverview } from './services/overview'

export interface Workspace {
  db: Db
  dataDir: string
  /** Where article files are imported; on this thread unless the host provides workers. */
  importer?: Importer
  /** The thread that reads bundles' annotations beside the import's writing. */
  bundleReader?: ReaderThread
}

/** The analyst profile, or a UserError asking for one. */
export function requireProfile(db: Db): Analyst {
  const analyst = getProfile(db)
  if (!analyst) throw new UserError('Set your analyst name first: it is stamped on every annotation.')
  return analyst
}

const fromBase64 = (base64: string): Uint8Array => new Uint8Array(Buffer.from(base64, 'base64'))

export function createHandlers({ db, dataDir, importer, bundleReader }: Workspace): Handlers {
  const importJobs = new ImportJobs(db, importer)
  // An import that ended with the host before its annotations were indexed for search.
  catchUpSearchIndex(db)
  /** An import's report, answered at once; its annotations join the search index just after. */
  const importedBundle = <T>(report: T): T => {
    setImmediate(() => catchUpSearchIndex(db))
    return report
  }
  return {
    getSession: () => {
      const analyst = getProfile(db)
      const history = analyst ? historyState(db, analyst) : { undo: null, redo: null }
      const keyBindings = getKeyBindings(db)
      return {
        analyst,
        tags: listTags(db),
        dataDir,
        history,
        keyBindings,
        lastArticleId: getLastArticle(db),
        snapToWords: getSnapToWords(db)
      }
    },
    setProfile: ({ name }) => setProfile(db, name),
    listArticles: ({ filter }) => listArticles(db, filter),
    getArticle: ({ id }) => getArticle(db, id),
    updateArticle: ({ id, patch }) => updateArticle(db, id, patch),
    importFiles: ({ files }) =>
      importArticleFiles(
        db,
        files.map((file) => ({ name: file.name, bytes: fromBase64(file.base64) })),
        importer
      ),
    listAnnotations: ({ articleId }) => listAnnotations(db, articleId),
    createAnnotation: (input) => createAnnotations(db, requireProfile(db), [input]),
    updateAnnotation: ({ id, patch }) => updateAnnotation(db, requireProfile(db), id, patch),
    deleteAnnotations: ({ ids }) => deleteAnnotations(db, requireProfile(db), ids),
    undo: () => undoStep(db, requireProfile(db)),
    redo: () => redoStep(db, requireProfile(db)),
    setArticleStatus: ({ id, status }) => {
      setArticleStatus(db, id, status)
      return { id, status }
    },
    listAttributeValues: ({ attribute, prefix }) => listAttributeValues(db, attribute, prefix),
    createTag: (tag) => createTag(db, tag),
    updateTag: ({ name, patch }) => updateTag(db, name, patch),
    deleteTag: ({ name, ...what }) => deleteTag(db, name, what),
    setKeyBindings: ({ bindings }) => setKeyBindings(db, bindings),
    setSnapToWords: ({ on }) => {
      setSnapToWords(db, on)
      return null
    },
    setLastArticle: ({ id }) => {
      setLastArticle(db, id)
      return null
    },
    exportBundle: ({ articleIds }) => {
      const bundle = exportBundle(db, requireProfile(db), articleIds)
      return {
        fileName: bundle.fileName,
        base64: Buffer.from(bundle.bytes).toString('base64'),
        articles: bundle.articles,
        annotations: bundle.annotations
      }
    },
    importBundle: ({ name, base64 }) =>
      importedBundle(importBundle(db, name, fromBase64(base64), {}, { reader: bundleReader })),
    // ——— Team exchange (issue 5) ———
    previewBundleImport: ({ name, base64 }) => previewBundleImport(db, name, fromBase64(base64)),
    applyBundleImport: ({ name, base64, choices }) =>
      importedBundle(importBundle(db, name, fromBase64(base64), choices, { reader: bundleReader })),
    listOrphans: ({ articleId }) => listOrphans(db, articleId),
    reattachOrphan: ({ id, start, end }) => reattachOrphan(db, id, start, end),
    exportAnnotations: ({ format, articleIds, mode }) => {
      const file = exportAnnotations(db, format, articleIds, mode)
      return {
        fileName: file.fileName,
        base64: Buffer.from(file.bytes).toString('base64'),
        articles: file.articles,
        annotations: file.annotations
      }
    },
    importAnnotations: ({ format, files }) =>
      importAnnotations(
        db,
        requireProfile(db),
        format,
        files.map((file) => ({ name: file.name, bytes: fromBase64(file.base64) }))
      ),
    getAgreement: ({ articleIds }) => computeAgreement(db, articleIds),
    listAdjudicable: () => listAdjudicable(db),
    getAdjudication: (query) => getAdjudication(db, query),
    adjudicate: (decision) => ({
      edit: adjudicate(db, requireProfile(db), decision),
      view: getAdjudication(db, decision)
    }),
    // ——— Bulk tagging and suggestions (issue 4) ———
    listSuggestions: ({ articleId, kinds }) => listSuggestions(db, articleId, kinds),
    acceptSuggestions: ({ articleId, suggestions }) =>
      acceptSuggestions(db, requireProfile(db), articleId, suggestions),
    rejectSuggestions: ({ articleId, suggestions }) =>
      rejectSuggestions(db, requireProfile(db), articleId, suggestions),
    acceptAllSuggestions: ({ articleIds, kinds }) => acceptAllSuggestions(db, requireProfile(db), articleIds, kinds),
    previewTagAll: (input) => previewTagAll(db, input),
    applyTagAll: (input) => applyTagAll(db, requireProfile(db), input),
    listTagRules: ({ tag }) => listRules(db, tag),
    saveTagRules: ({ rules }) => saveRules(db, rules),
    deleteTagRule: ({ id }) => {
      deleteRule(db, id)
      return listRules(db)
    },
    previewTagRules: (input) => previewRules(db, input),
    applyTagRules: (input) => applyRules(db, requireProfile(db), input),
    // ── Find and compare (issue 6) ──
    search: (input) => search(db, input),
    tagSearchHits: (input) => tagSearchHits(db, requireProfile(db), input),
    listStories: () => listStories(db),
    getStory: ({ id }) => getStory(db, id),
    createStory: (input) => createStory(db, requireProfile(db), input),
    updateStory: (input) => updateStory(db, input),
    deleteStory: ({ id }) => deleteStory(db, id),
    suggestStories: () => suggestStories(db),
    compareStory: ({ storyId }) => compareStory(db, storyId),
    exportComparison: ({ storyId, format }) => {
      const file = exportComparison(db, storyId, format)
      return { fileName: file.fileName, mimeType: file.mimeType, base64: Buffer.from(file.text).toString('base64') }
    },
    startImport: ({ files }) =>
      importJobs.start(files.map((file) => ({ name: file.name, bytes: fromBase64(file.base64) }))),
    importProgress: ({ jobId }) => importJobs.progress(jobId),
    cancelImport: ({ jobId }) => importJobs.cancel(jobId),
    getOverview: () => corpusOverview(db)
  }
}

function isCallName(name: string): name is CallName {
  return Object.hasOwn(contract, name)
}

/**
 * Validates a call's input against the contract and runs its handler. Always resolves: a UserError
 * or invalid input becomes an error value with the user's message; a bug becomes an error value too
 * (and is logged), so the renderer can show it instead of hanging.
 */
export async function dispatch(handlers: Handlers, name: string, rawInput: unknown): Promise<CallResult<unknown>> {
  if (!isCallName(name)) return { ok: false, error: { message: `Unknown call "${name}".`, userError: false } }
  const parsed = contract[name].input.safeParse(rawInput ?? {})
  if (!parsed.success) {
    const detail = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`).join('; ')
    return { ok: false, error: { message: `Invalid input for ${name}: ${detail}`, userError: true } }
  }
  try {
    const handler = handlers[name] as (input: unknown) => unknown
    return { ok: true, value: await handler(parsed.data) }
  } catch (error) {
    if (error instanceof UserError) return { ok: false, error: { message: error.message, userError: true } }
    console.error(`[workbench] ${name} failed:`, error)
    return { ok: false, error: { message: `${name} failed: ${(error as Error).message}`, userError: false } }
  }
}
