// Bulk tagging and the suggester over a generated corpus, each beside a bare baseline over the same
// texts in the same run: tag-all (preview + apply, one transaction, one undo step) against a bare
// String.indexOf scan; the suggester against one bare regular-expression pass.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase, type Db } from '../src/main/db/connection'
import { redoStep, undoStep } from '../src/main/services/editing'
import { insertArticle } from '../src/main/services/corpus'
import { parseArticleFile } from '../src/main/services/import/parse-file'
import { setProfile } from '../src/main/services/profile'
import { suggestArticle } from '../src/main/services/suggest/suggest-article'
import { applyTagAll, previewTagAll } from '../src/main/services/tag-all/tag-all'
import { createTag } from '../src/main/services/tags'
import { generateArticle } from './generate'

export interface BulkBenchResult {
  articles: number
  phrase: string
  matches: number
  tagAllSeconds: number
  /** The tag-all's step undone, then redone. */
  undoSeconds: number
  redoSeconds: number
  previewSeconds: number
  indexOfSeconds: number
  suggestPerSecond: number
  suggestions: number
  regexPassPerSecond: number
}

function fillCorpus(db: Db, count: number): string[] {
  const texts: string[] = []
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const parsed = parseArticleFile(`g${i}.txt`, new TextEncoder().encode(generateArticle(i)))
      if (!parsed.ok) throw new Error(`bench: article ${i} ${parsed.reason}`)
      const draft = parsed.articles[0]
      insertArticle(db, draft, `g${i}.txt`, '2026-01-01T00:00:00.000Z')
      texts.push(draft.text)
    }
  })()
  return texts
}

/** The baseline of tag-all: every case-insensitive occurrence of the phrase by bare indexOf. */
function indexOfScan(texts: readonly string[], phrase: string): number {
  const needle = phrase.toLowerCase()
  let found = 0
  for (const text of texts) {
    const haystack = text.toLowerCase()
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) found++
  }
  return found
}

/** The baseline of the suggester: one pass of one regex (quotation marks and digits) over each text. */
function regexPass(texts: readonly string[]): number {
  let found = 0
  for (const text of texts) found += text.match(/["“”]|\d+/g)?.length ?? 0
  return found
}

const seconds = (run: () => void): number => {
  const started = performance.now()
  run()
  return (performance.now() - started) / 1000
}

export function benchBulk(count: number, phrase: string): BulkBenchResult {
  const dir = mkdtempSync(join(tmpdir(), 'wb-bulk-'))
  try {
    const db = openDatabase(dir)
    const analyst = setProfile(db, 'Bench')
    createTag(db, { name: 'place', label: 'Place', color: '#336699', key: '' })
    const texts = fillCorpus(db, count)
    let bare = 0
    const indexOfSeconds = seconds(() => (bare = indexOfScan(texts, phrase)))
    const input = { tag: 'place', phrase, scope: 'corpus' as const }
    let matches = 0
    const previewSeconds = seconds(() => (matches = previewTagAll(db, input).count))
    let tagged = 0
    const tagAllSeconds = seconds(() => {
      const preview = previewTagAll(db, input)
      tagged = applyTagAll(db, analyst, input)?.changes.length ?? 0
      if (tagged !== preview.count) throw new Error(`bench: previewed ${preview.count} but tagged ${tagged}`)
    })
    if (tagged !== matches || matches > bare)
      throw new Error(`bench: ${tagged} tagged, ${matches} previewed, ${bare} by indexOf`)
    const stored = () => db.prepare('SELECT count(*) FROM annotation').pluck().get() as number
    const undoSeconds = seconds(() => undoStep(db, analyst))
    const redoSeconds = seconds(() => redoStep(db, analyst))
    if (stored() !== tagged) throw new Error(`bench: ${stored()} annotations after undo and redo, not ${tagged}`)
    let suggestions = 0
    const suggestSeconds = seconds(() => {
      for (const text of texts) suggestions += suggestArticle(text).length
    })
    const regexSeconds = seconds(() => regexPass(texts))
    db.close()
    return {
      articles: count,
      phrase,
      matches,
      tagAllSeconds,
      undoSeconds,
      redoSeconds,
      previewSeconds,
      indexOfSeconds,
      suggestPerSecond: count / suggestSeconds,
      suggestions,
      regexPassPerSecond: count / regexSeconds
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
