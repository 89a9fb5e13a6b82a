// The editor benchmark's corpus and host: a temporary data directory holding the generated article
// and its spans, stored with the app's own services, served in browser mode exactly as
// `workbench serve` serves it (the same handlers behind the same loopback HTTP host).
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { CallName, CallInput, CallOutput } from '../src/shared/contract'
import type { CallResult } from '../src/shared/errors'
import { openDatabase } from '../src/main/db/connection'
import { createHandlers } from '../src/main/handlers'
import { startHttpHost } from '../src/main/host/http-host'
import { createAnnotation } from '../src/main/services/annotations'
import { insertArticle } from '../src/main/services/corpus'
import { listTags, setProfile } from '../src/main/services/profile'
import type { EditorArticle } from './editor-article'

export interface EditorCorpus {
  /** The host's URL, with the access token in its fragment. */
  url: string
  articleId: number
  /** The key that tags a selection, per tag name, as the corpus's tag set binds them. */
  tagKeys: Record<string, string>
  /** How long main spent in each createAnnotation call made through the host, in ms. */
  createMs: number[]
  /** Calls the contract over HTTP as the renderer does, to check what is stored. */
  call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>>
  close(): Promise<void>
}

/** Stores `article` and its spans (in one transaction) in a fresh corpus and serves it. */
export async function openEditorCorpus(article: EditorArticle, rendererDir: string): Promise<EditorCorpus> {
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error(`editor bench: no built renderer in ${rendererDir}; run \`npx electron-vite build\` first`)
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'wb-editor-bench-'))
  const db = openDatabase(dataDir)
  const analyst = setProfile(db, 'Bench Analyst')
  const articleId = db.transaction(() => {
    const draft = {
      title: article.title,
      outlet: 'Bench Wire',
      url: null,
      publishedDate: '2021-12-30',
      language: 'en',
      text: article.text,
      rawText: article.text,
      removed: []
    }
    const id = insertArticle(db, draft, 'editor-bench.txt', new Date().toISOString())
    for (const span of article.spans) createAnnotation(db, analyst, { articleId: id, ...span })
    return id
  })()
  const tagKeys = Object.fromEntries(listTags(db).map((tag) => [tag.name, tag.key]))
  const handlers = createHandlers({ db, dataDir })
  // Times each createAnnotation call in main (validation, service, undo step, commit with fsync), to
  // tell the contract's transport from its work. Only this bench's instance is wrapped.
  const createMs: number[] = []
  const create = handlers.createAnnotation
  handlers.createAnnotation = (input) => {
    const started = performance.now()
    try {
      return create(input)
    } finally {
      createMs.push(performance.now() - started)
    }
  }
  const host = await startHttpHost({ handlers, rendererDir })
  const origin = new URL(host.url).origin
  return {
    url: host.url,
    articleId,
    tagKeys,
    createMs,
    async call(name, input) {
      const response = await fetch(`${origin}/api/call/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
        body: JSON.stringify(input)
      })
      const result = (await response.json()) as CallResult<never>
      if (!result.ok) throw new Error(`editor bench: ${name} failed: ${result.error.message}`)
      return result.value
    },
    async close() {
      await host.close()
      db.close()
      rmSync(dataDir, { recursive: true, force: true })
    }
  }
}
