// Issue 5: exporting and importing a bundle of 100,000 annotations over 1,000 articles, against a
// baseline of JSON.stringify + zip (export) and unzip + JSON.parse (import) of the same data.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { v7 as uuidv7 } from 'uuid'
import { openDatabase, type Db } from '../src/main/db/connection'
import type { Analyst } from '../src/shared/model'
import { quoteAt } from '../src/shared/text-quote'
import { insertAnnotation, listAnnotations } from '../src/main/services/annotations'
import { exportBundle } from '../src/main/services/bundles/export-bundle'
import { importBundle } from '../src/main/services/bundles/import-bundle'
import { getArticle, insertArticle, listArticles } from '../src/main/services/corpus'
import { setProfile } from '../src/main/services/profile'
import { generateArticle, prng } from './generate'
import { fig, verdict, type Scenario } from './scenario'

const ARTICLES = Number(process.env.BENCH_EXCHANGE_ARTICLES ?? 1_000)
const PER_ARTICLE = Number(process.env.BENCH_EXCHANGE_PER_ARTICLE ?? 100)
const TARGET = 2
const TAGS = ['claim', 'quote', 'figure']

/** A corpus of ARTICLES generated articles with PER_ARTICLE annotations each, on word boundaries. */
function buildCorpus(dir: string): { db: Db; analyst: Analyst } {
  const db = openDatabase(dir)
  const analyst = setProfile(db, 'Bench Analyst')
  const random = prng(42)
  db.transaction(() => {
    for (let i = 0; i < ARTICLES; i++) {
      const text = generateArticle(i, 400)
      const id = insertArticle(
        db,
        {
          title: `Report ${i}`,
          outlet: null,
          url: null,
          publishedDate: null,
          language: 'en',
          text,
          rawText: text,
          removed: []
        },
        `r${i}.txt`,
        '2026-11-20T09:00:00.000Z'
      )
      const words = [...text.matchAll(/\S+/g)]
      for (let n = 0; n < PER_ARTICLE; n++) {
        const first = Math.floor(random() * (words.length - 6))
        const last = first + Math.floor(random() * 6)
        const start = words[first].index
        const end = words[last].index + words[last][0].length
        const stamp = new Date(Date.UTC(2026, 10, 21, 10, 0, 0, i * PER_ARTICLE + n)).toISOString()
        insertAnnotation(db, {
          id: uuidv7({ msecs: Date.parse(stamp) }),
          articleId: id,
          tag: TAGS[n % 3],
          start,
          end,
          quote: quoteAt(text, start, end),
          attributes: n % 10 === 0 ? { speaker: 'officials' } : {},
          note: n % 7 === 0 ? 'check the wire copy' : '',
          creator: analyst,
          created: stamp,
          modified: stamp
        })
      }
    }
  })()
  return { db, analyst }
}

/** Milliseconds one call of `work` takes. */
function time<T>(work: () => T): { ms: number; value: T } {
  const start = performance.now()
  const value = work()
  return { ms: performance.now() - start, value }
}

export const exchangeScenario: Scenario = {
  name: 'exchange',
  title: `exchange: bundle of ${ARTICLES * PER_ARTICLE} annotations over ${ARTICLES} articles`,
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'wb-bench-exchange-'))
    try {
      const { db, analyst } = buildCorpus(join(dir, 'source'))
      const exported = time(() => exportBundle(db, analyst))
      // The baseline: the same articles and annotations, already in memory, stringified and zipped.
      const data = {
        articles: listArticles(db).map((summary) => getArticle(db, summary.id)),
        annotations: listArticles(db).flatMap((summary) => listAnnotations(db, summary.id))
      }
      const baseExport = time(() => zipSync({ 'data.json': strToU8(JSON.stringify(data)) }, { level: 6 }))
      db.close()
      const target = openDatabase(join(dir, 'target'))
      const imported = time(() => importBundle(target, 'bench.wbundle', exported.value.bytes))
      const baseImport = time(() => JSON.parse(strFromU8(unzipSync(baseExport.value)['data.json'])) as unknown)
      target.close()
      const exportRatio = exported.ms / baseExport.ms
      const importRatio = imported.ms / baseImport.ms
      const peak = process.resourceUsage().maxRSS / 1024
      const pass = exportRatio <= TARGET && importRatio <= TARGET
      return {
        pass,
        data: {
          exportMs: exported.ms,
          baseExportMs: baseExport.ms,
          importMs: imported.ms,
          baseImportMs: baseImport.ms,
          peakMiB: peak,
          bytes: exported.value.bytes.length
        },
        lines: [
          `export            ${fig(exported.ms)} ms   baseline stringify + zip ${fig(baseExport.ms)} ms   ratio ${fig(exportRatio, 2, 5)}  target ≤ ${TARGET}  ${verdict(exportRatio <= TARGET)}`,
          `import            ${fig(imported.ms)} ms   baseline unzip + parse   ${fig(baseImport.ms)} ms   ratio ${fig(importRatio, 2, 5)}  target ≤ ${TARGET}  ${verdict(importRatio <= TARGET)}`,
          `bundle            ${fig(exported.value.bytes.length / 2 ** 20, 1)} MiB zipped; ${imported.value.annotationsAdded} annotations added`,
          `peak memory       ${fig(peak)} MiB rss (whole bench process)`
        ]
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
}
