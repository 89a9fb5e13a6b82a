// Implements every call of the contract on top of the services. Knows nothing of Electron or HTTP:
// ipc.ts and host/ both route calls here through dispatch().
import { contract, type CallName, type Handlers } from '../shared/contract'
import { UserError, type CallResult } from '../shared/errors'
import type { Analyst } from '../shared/model'
import type { Db } from './db/connection'
import { createAnnotation, deleteAnnotation, listAnnotations } from './services/annotations'
import { exportBundle } from './services/bundles/export-bundle'
import { importBundle } from './services/bundles/import-bundle'
import { getArticle, listArticles, updateArticle } from './services/corpus'
import { importArticleFiles } from './services/import-articles'
import { getProfile, listTags, setProfile } from './services/profile'
import type { Importer } from './services/import/importer'

export interface Workspace {
  db: Db
  dataDir: string
  /** Where article files are imported; on this thread unless the host provides workers. */
  importer?: Importer
}

/** The analyst profile, or a UserError asking for one. */
export function requireProfile(db: Db): Analyst {
  const analyst = getProfile(db)
  if (!analyst) throw new UserError('Set your analyst name first: it is stamped on every annotation.')
  return analyst
}

const fromBase64 = (base64: string): Uint8Array => new Uint8Array(Buffer.from(base64, 'base64'))

export function createHandlers({ db, dataDir, importer }: Workspace): Handlers {
  return {
    getSession: () => ({ analyst: getProfile(db), tags: listTags(db), dataDir }),
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
    createAnnotation: (input) => createAnnotation(db, requireProfile(db), input),
    deleteAnnotation: ({ id }) => deleteAnnotation(db, id),
    exportBundle: ({ articleIds }) => {
      const bundle = exportBundle(db, requireProfile(db), articleIds)
      return {
        fileName: bundle.fileName,
        base64: Buffer.from(bundle.bytes).toString('base64'),
        articles: bundle.articles,
        annotations: bundle.annotations
      }
    },
    importBundle: ({ name, base64 }) => importBundle(db, name, fromBase64(base64))
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
