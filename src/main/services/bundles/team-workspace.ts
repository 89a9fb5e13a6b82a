// Test helpers: an analyst's corpus driven through the contract, as the workbench drives it, and a
// canonical dump of a corpus that does not depend on local row ids or import order.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { openDatabase, type Db } from '../../db/connection'
import { createHandlers, dispatch } from '../../handlers'
import type { CallInput, CallName, CallOutput } from '../../../shared/contract'
import type { Annotation } from '../../../shared/model'
import { replaceAnnotation } from '../annotations'
import { KYIV_TEXT, MARKETS_TEXT } from './test-corpus'

export const SEED_DIR = resolve(__dirname, '../../../../../shared/corpus/seed-articles')

export interface Workspace {
  db: Db
  call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>>
}

/** A fresh in-memory corpus for `name`, whose calls go through the contract's dispatcher. */
export async function analystWorkspace(name: string): Promise<Workspace> {
  const db = openDatabase(':memory:')
  const handlers = createHandlers({ db, dataDir: ':memory:' })
  const call = async <N extends CallName>(callName: N, input: CallInput<N>): Promise<CallOutput<N>> => {
    const result = await dispatch(handlers, callName, input)
    if (!result.ok) throw new Error(`${callName}: ${result.error.message}`)
    return result.value as CallOutput<N>
  }
  await call('setProfile', { name })
  return { db, call }
}

/** Article files to annotate: three seed articles when the shared corpus is present, else our own texts. */
export function articleFiles(): { name: string; base64: string }[] {
  const encode = (text: string) => Buffer.from(text, 'utf8').toString('base64')
  if (existsSync(SEED_DIR)) {
    const names = readdirSync(SEED_DIR)
      .filter((file) => file.endsWith('.txt'))
      .sort()
      .slice(0, 3)
    return names.map((name) => ({ name, base64: readFileSync(join(SEED_DIR, name)).toString('base64') }))
  }
  return [
    { name: 'kyiv.txt', base64: encode(`Officials say the line will hold\n\n${KYIV_TEXT}\n`) },
    { name: 'markets.txt', base64: encode(`Markets close higher\n\n${MARKETS_TEXT}\n`) }
  ]
}

/** The UTF-16 span of the `n`-th word of at least six letters in `text`. */
export function nthWord(text: string, n: number): { start: number; end: number } {
  const words = [...text.matchAll(/\p{L}{6,}/gu)]
  const word = words[n % words.length]
  return { start: word.index, end: word.index + word[0].length }
}

/** Stores an edit of an annotation made at `modified`, as the editor does: a new stamp, same id. */
export function editAnnotation(db: Db, annotation: Annotation, change: Partial<Annotation>, modified: string) {
  replaceAnnotation(db, { ...annotation, ...change, modified })
}

/** Every row that a merge decides, keyed by what identifies it across corpora (SHA-256, not row ids). */
export function canonicalDump(db: Db): unknown {
  const all = (sql: string) => db.prepare(sql).all()
  return {
    // The merging analyst's own profile differs per corpus; the analysts met in bundles must not.
    analysts: all(
      `SELECT id, name FROM analyst WHERE id NOT IN (SELECT value FROM setting WHERE key = 'profile') ORDER BY id`
    ),
    articles: all(
      'SELECT sha256, title, outlet, url, published, language, text, raw_text, removed, source_file, imported_at FROM article ORDER BY sha256'
    ),
    tags: all('SELECT name, label, color, key FROM tag ORDER BY name'),
    annotations: all(
      `SELECT annotation.id, article.sha256, tag, start_u16, end_u16, exact, prefix, suffix, attributes, note,
              creator_id, created, modified
       FROM annotation JOIN article ON article.id = annotation.article_id ORDER BY annotation.id`
    ),
    history: all('SELECT * FROM annotation_history ORDER BY annotation_id, modified'),
    tombstones: all('SELECT * FROM annotation_tombstone ORDER BY annotation_id'),
    orphans: all('SELECT annotation_id, annotation, reason FROM orphan ORDER BY annotation_id')
  }
}
