// The streamed import (annotations read in batches beside the writing) against the whole-file import
// it replaced as the common path: the same corpus and the same report, over several batches in which
// new ids mix with ids the corpus knows (unchanged, superseded, in conflict, deleted here).
import { strFromU8, unzipSync } from 'fflate'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import type { Annotation, Analyst } from '../../../shared/model'
import type { Db } from '../../db/connection'
import { annotationRowValues } from '../annotation-row'
import { createAnnotation, deleteAnnotation, findAnnotation, replaceAnnotation } from '../annotations'
import { insertArticle } from '../corpus'
import { BATCH_ANNOTATIONS, pushRow } from './annotation-reader'
import { ANNOTATIONS_FILE } from './bundle-schema'
import { exportBundle } from './export-bundle'
import { importBundle } from './import-bundle'
import { PhaseClock } from './phase-clock'
import { search } from '../search/search'
import { dumpCorpus, emptyCorpus, plainDraft, readBundleJson, replaceBundleEntry } from './test-corpus'
import { quickReadAnnotation } from './quick-annotation-check'
import { expectIndexSound } from '../test-search-index'

const WORDS = 'Troops 🪖 massed near the border, officials said, as talks on 𝔘kraine resumed in Geneva'.split(' ')
const text = (n: number) => Array.from({ length: 400 }, (_, i) => WORDS[(i * 7 + n) % WORDS.length]).join(' ')
const stamp = (minute: number) => new Date(Date.UTC(2026, 10, 21, 10, minute))

/** Ana's corpus: three articles and 2,600 annotations (three batches), some with attributes and notes. */
function anaCorpus(count: number): { db: Db; analyst: Analyst; all: Annotation[] } {
  const { db, analyst } = emptyCorpus('Ana López')
  const ids = [0, 1, 2].map((n) =>
    insertArticle(db, plainDraft(text(n), `Report ${n}`), `r${n}.txt`, '2026-11-20T09:00:00.000Z')
  )
  const all: Annotation[] = []
  for (let n = 0; n < count; n++) {
    const article = n % 3
    const words = [...text(article).matchAll(/\S+/g)]
    const first = words[(n * 13) % (words.length - 3)]
    const last = words[((n * 13) % (words.length - 3)) + (n % 3)]
    const span = { start: first.index, end: last.index + last[0].length }
    const extra = n % 10 === 0 ? { attributes: { speaker: 'officials' }, note: 'wire copy' } : {}
    all.push(
      createAnnotation(
        db,
        analyst,
        { articleId: ids[article], tag: ['claim', 'quote', 'figure'][n % 3], ...span, ...extra },
        stamp(n % 50)
      )
    )
  }
  return { db, analyst, all }
}

/** The bundle with annotations.jsonld written as one indented document: read whole, not in lines. */
function wholeFileLayout(bytes: Uint8Array): Uint8Array {
  return replaceBundleEntry(bytes, ANNOTATIONS_FILE, JSON.stringify(readBundleJson(bytes, ANNOTATIONS_FILE), null, 2))
}

/** An in-memory copy of a corpus, to take one bundle two ways from the same start. */
function copyOf(db: Db): Db {
  const copy = new Database(db.serialize())
  copy.pragma('foreign_keys = ON')
  return copy
}

describe('streamed bundle import', () => {
  it('writes the same corpus and report as reading the whole file, over batches mixing new and known ids', () => {
    const ana = anaCorpus(2 * BATCH_ANNOTATIONS + 600)
    const early = exportBundle(ana.db, ana.analyst, undefined, stamp(55)).bytes
    // Then Ana edits some, deletes one, and adds more.
    replaceAnnotation(ana.db, { ...ana.all[5], note: 'Ana: checked', modified: stamp(56).toISOString() })
    replaceAnnotation(ana.db, { ...ana.all[1500], tag: 'claim', modified: stamp(56).toISOString() })
    deleteAnnotation(ana.db, ana.all[7].id)
    const late = exportBundle(ana.db, ana.analyst, undefined, stamp(57)).bytes

    // Ben took the early bundle, then changed one of its annotations and deleted another; two
    // copies of his corpus take the late bundle, one each way.
    const ben = emptyCorpus('Ben Okafor')
    importBundle(ben.db, 'early.wbundle', early)
    const mine = findAnnotation(ben.db, ana.all[1500].id) as Annotation
    replaceAnnotation(ben.db, { ...mine, note: 'Ben: disputed', modified: stamp(58).toISOString() })
    deleteAnnotation(ben.db, ana.all[2100].id)
    const streamed = { db: copyOf(ben.db) }
    const whole = { db: copyOf(ben.db) }
    const [streamedClock, wholeClock] = [new PhaseClock(), new PhaseClock()]
    const streamedReport = importBundle(streamed.db, 'late.wbundle', late, {}, { clock: streamedClock })
    const wholeReport = importBundle(whole.db, 'late.wbundle', wholeFileLayout(late), {}, { clock: wholeClock })

    // The whole-file layout is tried in batches first, found out, and read whole.
    expect(streamedClock.totals.has('parse + check annotations')).toBe(false)
    expect(wholeClock.totals.has('parse + check annotations')).toBe(true)
    expect(streamedReport).toEqual(wholeReport)
    expect(streamedReport).toMatchObject({ annotationsChanged: 1, annotationsDeleted: 1, annotationsConflicting: 1 })
    expect(dumpCorpus(streamed.db)).toEqual(dumpCorpus(whole.db))
    // New ones too: importing into an empty corpus gives every annotation, as the whole file does.
    const empty = emptyCorpus()
    const fresh = [copyOf(empty.db), copyOf(empty.db)]
    expect(importBundle(fresh[0], 'late.wbundle', late)).toEqual(
      importBundle(fresh[1], 'late.wbundle', wholeFileLayout(late))
    )
    expect(dumpCorpus(fresh[0])).toEqual(dumpCorpus(fresh[1]))
    expect(dumpCorpus(fresh[0]).annotation).toHaveLength(2 * BATCH_ANNOTATIONS + 600 - 1)
    // The streamed import left its rows for the search index, which takes them in on the first search.
    const pending = () => fresh[0].prepare('SELECT count(*) FROM annotation_fts_backlog').pluck().get()
    expect(pending()).toBe(1)
    expect(search(fresh[0], { query: 'officials', scope: 'annotations' }).hits.length).toBeGreaterThan(0)
    expect(pending()).toBe(0)
    expectIndexSound(fresh[0], 'annotation_fts')
  })

  it('refuses a problem in the last batch, leaving the corpus as it was', () => {
    const ana = anaCorpus(2 * BATCH_ANNOTATIONS + 10)
    const bytes = exportBundle(ana.db, ana.analyst, undefined, stamp(55)).bytes
    const lines = strFromU8(unzipSync(bytes)[ANNOTATIONS_FILE]).split('\n')
    const last = lines.findLastIndex((line) => line.includes('"TextQuoteSelector"'))
    lines[last] = lines[last].replace(/"exact":"([^"]*)"/, '"exact":"$1 and more"')
    const broken = replaceBundleEntry(bytes, ANNOTATIONS_FILE, lines.join('\n'))
    const target = emptyCorpus()
    const before = dumpCorpus(target.db)
    expect(() => importBundle(target.db, 'broken.wbundle', broken)).toThrow(/does not match the article text/)
    expect(dumpCorpus(target.db)).toEqual(before)
    // The checkpoint the import left to the next commit is that commit's again.
    expect(target.db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000)
  })

  it('makes the same row values as the table writer', () => {
    const ana = anaCorpus(30)
    const collection = readBundleJson(exportBundle(ana.db, ana.analyst).bytes, ANNOTATIONS_FILE) as {
      first: { items: unknown[] }
    }
    for (const [n, stored] of ana.all.entries()) {
      const json = collection.first.items.find((item) => (item as { id: string }).id === `urn:uuid:${stored.id}`)
      const read = quickReadAnnotation(json)
      if (!read) throw new Error(`annotation ${n} does not read`)
      const rows: unknown[] = []
      pushRow(rows, read, stored.articleId, stored)
      expect(rows, `annotation ${n}`).toEqual(annotationRowValues(stored))
    }
  })
})
