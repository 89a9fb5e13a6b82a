// Test helpers: a small corpus with astral characters and curly quotes around and inside annotated
// spans, a full dump of a corpus to prove that nothing changed, and a way to tamper with a bundle.
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate'
import { v7 as uuidv7 } from 'uuid'
import { openDatabase, type Db } from '../../db/connection'
import type { Analyst, Annotation, ArticleDraft } from '../../../shared/model'
import { createAnnotation, replaceAnnotation } from '../annotations'
import { insertArticle } from '../corpus'
import { ensureTags, setProfile, upsertAnalyst } from '../profile'
import { plainDraft } from '../test-drafts'
import {
  ANNOTATIONS_FILE,
  type AnnotationCollectionJson,
  type BundleArticle,
  type WebAnnotationJson
} from './bundle-schema'
import { collectionJson } from './bundle-zip'

/** An emoji and a mathematical letter (both astral: two UTF-16 units, one code point) precede the spans. */
export const KYIV_TEXT =
  'Kyiv 😀 — Officials said on Friday that “the 𝔘nion will hold its line” after 100,000 troops massed near the border.\n' +
  'A spokesman added: “We counted 𝔘-boats and 🚀 launchers, not rumours.”'
export const MARKETS_TEXT =
  'Markets closed higher on Tuesday. Analysts expect rates to fall by 0.5 points before spring.'

export const KYIV_DRAFT: ArticleDraft = {
  title: 'Officials say the line will hold',
  outlet: 'Example Wire',
  url: 'https://example.org/kyiv',
  publishedDate: '2021-12-30',
  language: 'en',
  text: KYIV_TEXT,
  rawText: `Skip to main content\n${KYIV_TEXT}\nShare to or`,
  removed: [
    { text: 'Skip to main content', reason: 'navigation' },
    { text: 'Share to or', reason: 'share buttons' }
  ]
}

export { plainDraft }

export const MARKETS_DRAFT = plainDraft(MARKETS_TEXT, 'Markets close higher')

/** [start, end) of the first occurrence of `span` in `text`, in UTF-16 code units. */
export function spanOf(text: string, span: string): { start: number; end: number } {
  const start = text.indexOf(span)
  if (start < 0) throw new Error(`"${span}" is not in the text`)
  return { start, end: start + span.length }
}

export interface SampleCorpus {
  db: Db
  analyst: Analyst
  kyivId: number
  marketsId: number
  annotations: Annotation[]
}

/**
 * Corpus A: two articles, a custom tag, two analysts and four annotations, one with a note and
 * attributes of every kind, all stamped with fixed times.
 */
export function sampleCorpus(): SampleCorpus {
  const db = openDatabase(':memory:')
  const analyst = setProfile(db, 'Ana López')
  const colleague: Analyst = { id: uuidv7(), name: 'Ben Okafor' }
  upsertAnalyst(db, colleague)
  ensureTags(db, [{ name: 'source', label: 'Source', color: '#7c3aed', key: '4', builtin: false }])
  const kyivId = insertArticle(db, KYIV_DRAFT, 'kyiv.txt', '2026-11-20T09:00:00.000Z')
  const marketsId = insertArticle(db, MARKETS_DRAFT, 'markets.html', '2026-11-20T09:05:00.000Z')
  const at = (minute: number) => new Date(Date.UTC(2026, 10, 21, 10, minute))
  const annotations = [
    createAnnotation(
      db,
      analyst,
      {
        articleId: kyivId,
        tag: 'quote',
        ...spanOf(KYIV_TEXT, '“the 𝔘nion will hold its line”'),
        note: 'Unnamed officials — check the wire copy.',
        attributes: { speaker: 'officials' }
      },
      at(1)
    ),
    createAnnotation(db, analyst, { articleId: kyivId, tag: 'figure', ...spanOf(KYIV_TEXT, '100,000 troops') }, at(2)),
    createAnnotation(
      db,
      colleague,
      { articleId: kyivId, tag: 'source', ...spanOf(KYIV_TEXT, '𝔘-boats and 🚀 launchers') },
      at(3)
    ),
    createAnnotation(
      db,
      colleague,
      {
        articleId: marketsId,
        tag: 'claim',
        ...spanOf(MARKETS_TEXT, 'Analysts expect rates to fall'),
        note: 'Forecast'
      },
      at(4)
    )
  ]
  // Attributes of every kind, as another tool may send them: beyond what the quote tag's form offers,
  // so they are stored as a bundle import would store them.
  annotations[0] = {
    ...annotations[0],
    attributes: { speaker: 'officials', confidence: 0.8, verified: false, source: null }
  }
  replaceAnnotation(db, annotations[0])
  return { db, analyst, kyivId, marketsId, annotations }
}

/** A fresh corpus with only an analyst profile. */
export function emptyCorpus(name = 'Chris Novak'): { db: Db; analyst: Analyst } {
  const db = openDatabase(':memory:')
  return { db, analyst: setProfile(db, name) }
}

const TABLES = [
  'setting',
  'analyst',
  'article',
  'tag',
  'annotation',
  'annotation_history',
  'annotation_tombstone',
  'orphan'
]

/** Every row of every table, in a stable order: equal dumps mean an unchanged corpus. */
export function dumpCorpus(db: Db): Record<string, unknown[]> {
  return Object.fromEntries(TABLES.map((table) => [table, db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all()]))
}

/** The file `entry` of a bundle, parsed as JSON. */
export function readBundleJson(bytes: Uint8Array, entry: string): unknown {
  return JSON.parse(strFromU8(unzipSync(bytes)[entry]))
}

/** A copy of a bundle with the text of `entry` replaced, or the entry removed when `text` is null. */
export function replaceBundleEntry(bytes: Uint8Array, entry: string, text: string | null): Uint8Array {
  const files: Zippable = unzipSync(bytes)
  if (text === null) delete files[entry]
  else files[entry] = strToU8(text)
  return zipSync(files)
}

export interface BundleEdits {
  manifest?: (manifest: Record<string, unknown>) => void
  articles?: (articles: BundleArticle[]) => void
  annotations?: (items: WebAnnotationJson[], collection: AnnotationCollectionJson) => void
}

/** A copy of a bundle whose JSON files were changed in place by `edits`. */
export function editBundle(bytes: Uint8Array, edits: BundleEdits): Uint8Array {
  let edited = bytes
  const apply = <T>(entry: string, edit: ((json: T) => void) | undefined) => {
    if (!edit) return
    const json = readBundleJson(edited, entry) as T
    edit(json)
    edited = replaceBundleEntry(edited, entry, JSON.stringify(json))
  }
  apply<Record<string, unknown>>('manifest.json', edits.manifest)
  apply<BundleArticle[]>('articles.json', edits.articles)
  const editAnnotations = edits.annotations
  if (editAnnotations) {
    // Written back in the workbench's own layout, one item per line, so that a refused item goes
    // through the line-by-line reader first (collection-lines.ts), as in a real bundle.
    const collection = readBundleJson(edited, ANNOTATIONS_FILE) as AnnotationCollectionJson
    editAnnotations(collection.first.items as WebAnnotationJson[], collection)
    const { items, ...first } = collection.first
    edited = replaceBundleEntry(edited, ANNOTATIONS_FILE, [...collectionJson({ ...collection, first }, items)].join(''))
  }
  return edited
}
