// Import of generated articles through the real import path (decode, clean, detect metadata, hash on
// parse worker threads; look up and insert on this thread, 500 files a commit) against the baseline:
// a raw better-sqlite3 insert of the same cleaned rows, in one transaction, into a database opened
// the same way. Rounds alternate the two and medians are reported, because a commit's fsync makes
// single runs on a shared disk vary by 2×.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase } from '../src/main/db/connection'
import { importArticleFiles } from '../src/main/services/import-articles'
import type { ArticleFile } from '../src/main/services/import/import-batch'
import { workerImporter } from '../src/main/services/import/importer'
import { parseArticleFile } from '../src/main/services/import/parse-file'
import { sha256Of } from '../src/main/services/text-hash'
import { generateArticle } from './generate'

export interface ImportBenchResult {
  articles: number
  rounds: number
  importPerSecond: number
  rawPerSecond: number
  ratio: number
  parseOnlyPerSecond: number
}

async function withTempDb<T>(run: (dir: string) => T | Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'wb-bench-'))
  try {
    return await run(dir)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

function timeImport(files: ArticleFile[], workerFile: string): Promise<number> {
  return withTempDb(async (dir) => {
    const db = openDatabase(dir)
    const importer = workerImporter(workerFile, db, { dataDir: dir })
    // The app starts its workers once; warm them on a throwaway file so the timing is of the import.
    const warmUp = new TextEncoder().encode('Warm-up\n\nA line of text.')
    await Promise.all(
      Array.from({ length: importer.concurrency }, () => importer.importBatch([{ name: 'w.txt', bytes: warmUp }], ''))
    )
    db.prepare('DELETE FROM article').run()
    const started = performance.now()
    const report = await importArticleFiles(db, files, importer)
    const elapsed = performance.now() - started
    await importer.close()
    db.close()
    if (report.imported !== files.length) throw new Error(`bench: ${report.imported} of ${files.length} files imported`)
    return elapsed
  })
}

function timeRawInsert(files: ArticleFile[]): Promise<number> {
  const rows = files.map((file) => {
    const parsed = parseArticleFile(file.name, file.bytes)
    if (!parsed.ok) throw new Error(`bench: ${file.name} ${parsed.reason}`)
    return { draft: parsed.articles[0], name: file.name, sha: sha256Of(parsed.articles[0].text) }
  })
  return withTempDb((dir) => {
    const db = openDatabase(dir)
    const insert = db.prepare(
      `INSERT INTO article (sha256, title, outlet, url, published, language, text, raw_text, removed, source_file, imported_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
    )
    const now = new Date().toISOString()
    const started = performance.now()
    db.transaction(() => {
      for (const { draft: d, name, sha } of rows) {
        insert.run(
          sha,
          d.title,
          d.outlet,
          d.url,
          d.publishedDate,
          d.language,
          d.text,
          d.rawText,
          JSON.stringify(d.removed),
          name,
          now
        )
      }
    })()
    const elapsed = performance.now() - started
    db.close()
    return elapsed
  })
}

export async function benchImport(count: number, workerFile: string, rounds = 5): Promise<ImportBenchResult> {
  const encoder = new TextEncoder()
  const files = Array.from({ length: count }, (_, i) => ({
    name: `article-${i}.txt`,
    bytes: encoder.encode(generateArticle(i))
  }))
  const importMs: number[] = []
  const rawMs: number[] = []
  for (let round = 0; round < rounds; round++) {
    importMs.push(await timeImport(files, workerFile))
    rawMs.push(await timeRawInsert(files))
  }
  const parseStarted = performance.now()
  for (const file of files) parseArticleFile(file.name, file.bytes)
  const parseMs = performance.now() - parseStarted

  const importPerSecond = count / (median(importMs) / 1000)
  const rawPerSecond = count / (median(rawMs) / 1000)
  return {
    articles: count,
    rounds,
    importPerSecond,
    rawPerSecond,
    ratio: importPerSecond / rawPerSecond,
    parseOnlyPerSecond: count / (parseMs / 1000)
  }
}
