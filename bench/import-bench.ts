// Import of 10,000 generated articles through the real import path (decode, clean, detect metadata,
// hash, insert; one savepoint per file) against the baseline: a raw better-sqlite3 insert of the
// same cleaned rows in one transaction, into a database opened the same way.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase } from '../src/main/db/connection'
import { sha256Of } from '../src/main/services/corpus'
import { importArticleFiles } from '../src/main/services/import-articles'
import { parseArticleFile } from '../src/main/services/import/parse-file'
import type { ArticleDraft } from '../src/shared/model'
import { generateArticle } from './generate'

export interface ImportBenchResult {
  articles: number
  importPerSecond: number
  rawPerSecond: number
  ratio: number
}

function withTempDb<T>(run: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'wb-bench-'))
  try {
    return run(dir)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export function benchImport(count = 10_000): ImportBenchResult {
  const encoder = new TextEncoder()
  const files = Array.from({ length: count }, (_, i) => ({
    name: `article-${i}.txt`,
    bytes: encoder.encode(generateArticle(i))
  }))

  const importMs = withTempDb((dir) => {
    const db = openDatabase(dir)
    const started = performance.now()
    const report = importArticleFiles(db, files)
    const elapsed = performance.now() - started
    if (report.imported !== count)
      throw new Error(`bench: expected ${count} imported, got ${report.imported} (${report.failed} failed)`)
    db.close()
    return elapsed
  })

  const drafts = files.map((file) => {
    const parsed = parseArticleFile(file.name, file.bytes)
    if (!parsed.ok) throw new Error(`bench: ${file.name} ${parsed.reason}`)
    return { draft: parsed.articles[0] as ArticleDraft, name: file.name, sha: sha256Of(parsed.articles[0].text) }
  })
  const rawMs = withTempDb((dir) => {
    const db = openDatabase(dir)
    const insert = db.prepare(
      `INSERT INTO article (sha256, title, outlet, url, published, language, text, raw_text, removed, source_file, imported_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
    )
    const now = new Date().toISOString()
    const started = performance.now()
    db.transaction(() => {
      for (const { draft: d, name, sha } of drafts) {
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

  const importPerSecond = count / (importMs / 1000)
  const rawPerSecond = count / (rawMs / 1000)
  return { articles: count, importPerSecond, rawPerSecond, ratio: importPerSecond / rawPerSecond }
}
