import { readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, extname, join } from 'node:path'
import type { Db } from '../db/connection'
import type { FileImportResult, ImportReport } from '../../shared/model'
import { findArticleBySha, insertArticle, sha256Of } from './corpus'
import { parseArticleFile, SUPPORTED_EXTENSIONS } from './import/parse-file'

export interface ArticleFile {
  /** The name shown in reports and stored as the article's source file. */
  name: string
  bytes: Uint8Array
}

/**
 * Imports one file of articles in one transaction: every new article in it is stored, or none is.
 * Articles whose cleaned text is already in the corpus are skipped; a file made only of such
 * articles is reported as a duplicate.
 */
export function importArticleFile(db: Db, file: ArticleFile, now = new Date()): FileImportResult {
  const parsed = parseArticleFile(file.name, file.bytes)
  if (!parsed.ok) return { file: file.name, status: 'failed', reason: parsed.reason }
  const store = (): FileImportResult => {
    const added: number[] = []
    const existing: number[] = []
    const titles: string[] = []
    const seen = new Set<string>()
    for (const draft of parsed.articles) {
      const sha = sha256Of(draft.text)
      const known = findArticleBySha(db, sha)
      if (known !== null) {
        existing.push(known)
      } else if (!seen.has(sha)) {
        added.push(insertArticle(db, draft, basename(file.name), now.toISOString()))
        titles.push(draft.title)
      }
      seen.add(sha)
    }
    if (added.length === 0) return { file: file.name, status: 'duplicate', articleIds: existing, titles: [] }
    return { file: file.name, status: 'imported', articleIds: added, titles }
  }
  // One article is one INSERT, atomic by itself; several (JSONL) share a savepoint, all or none.
  return parsed.articles.length === 1 ? store() : db.transaction(store)()
}

/**
 * Files committed together. Each file is still all-or-nothing (its own savepoint inside the batch),
 * but one commit per batch instead of one per file makes a folder of thousands of small files
 * import at close to raw insert speed: with synchronous=FULL every commit waits for the disk.
 */
const FILES_PER_COMMIT = 500

/** Imports several files; a bad file is reported and the others still import. */
export function importArticleFiles(db: Db, files: readonly ArticleFile[], now = new Date()): ImportReport {
  const results: FileImportResult[] = []
  for (let i = 0; i < files.length; i += FILES_PER_COMMIT) {
    const batch = files.slice(i, i + FILES_PER_COMMIT)
    results.push(...db.transaction(() => batch.map((file) => importArticleFile(db, file, now)))())
  }
  return summarise(results)
}

export function summarise(results: FileImportResult[]): ImportReport {
  return {
    files: results,
    imported: results.filter((r) => r.status === 'imported').length,
    duplicates: results.filter((r) => r.status === 'duplicate').length,
    failed: results.filter((r) => r.status === 'failed').length
  }
}

/**
 * The files to import for the given paths: files as named, and inside folders (recursively) every
 * file with a supported extension, in name order. Hidden files and folders are passed over.
 */
export function expandPaths(paths: readonly string[]): string[] {
  const files: string[] = []
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.')) continue
      const full = join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (SUPPORTED_EXTENSIONS.includes(extname(entry.name).toLowerCase())) files.push(full)
    }
  }
  for (const path of paths) {
    if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) walk(path)
    else files.push(path)
  }
  return files
}

/** Imports files and folders from disk (the CLI's `import`); an unreadable path is a failed file. */
export function importPaths(db: Db, paths: readonly string[], now = new Date()): ImportReport {
  const unreadable: FileImportResult[] = []
  const files: ArticleFile[] = []
  for (const path of expandPaths(paths)) {
    try {
      files.push({ name: path, bytes: readFileSync(path) })
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error)
      unreadable.push({ file: path, status: 'failed', reason: `cannot be read (${code})` })
    }
  }
  const report = importArticleFiles(db, files, now)
  return summarise([...unreadable, ...report.files])
}
