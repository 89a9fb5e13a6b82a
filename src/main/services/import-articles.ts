import { readdirSync, readFileSync, statSync } from 'node:fs'
import { extname, join } from 'node:path'
import type { Db } from '../db/connection'
import type { FileImportResult, ImportReport } from '../../shared/model'
import type { ArticleFile } from './import/import-batch'
import { inlineImporter, type Importer } from './import/importer'
import { SUPPORTED_EXTENSIONS } from './import/parse-file'

export type { ArticleFile } from './import/import-batch'

/**
 * Files per batch, and so per commit. Each file stays all-or-nothing inside its batch. Larger batches
 * mean fewer commits (each waits for the disk); smaller ones let two workers take turns writing.
 */
const FILES_PER_BATCH = 250

/** How a long import reports progress and learns that the analyst cancelled it. */
export interface ImportControl {
  /** Called after each batch with the files done so far and the files in all. */
  onProgress?: (done: number, total: number) => void
  /** Once this returns true no further batch starts; batches under way finish and are kept. */
  cancelled?: () => boolean
}

/**
 * Imports several files; a bad file is reported and the others still import. Batches go to the
 * importer (inline, or worker threads) with up to `concurrency` of them in flight; results come back
 * in file order. A cancelled import reports only the files it finished.
 */
export async function importArticleFiles(
  db: Db,
  files: readonly ArticleFile[],
  importer: Importer = inlineImporter(db),
  now = new Date(),
  control: ImportControl = {}
): Promise<ImportReport> {
  const stamp = now.toISOString()
  const batches: ArticleFile[][] = []
  for (let i = 0; i < files.length; i += FILES_PER_BATCH) batches.push(files.slice(i, i + FILES_PER_BATCH))
  const results: FileImportResult[] = []
  const inFlight = batches.slice(0, importer.concurrency).map((batch) => importer.importBatch(batch, stamp))
  let next = inFlight.length
  while (inFlight.length) {
    results.push(...(await (inFlight.shift() as Promise<FileImportResult[]>)))
    control.onProgress?.(results.length, files.length)
    if (next < batches.length && !control.cancelled?.()) inFlight.push(importer.importBatch(batches[next++], stamp))
  }
  return summarise(results)
}

function summarise(results: FileImportResult[]): ImportReport {
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
export async function importPaths(
  db: Db,
  paths: readonly string[],
  importer: Importer = inlineImporter(db),
  now = new Date()
): Promise<ImportReport> {
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
  const report = await importArticleFiles(db, files, importer, now)
  return summarise([...unreadable, ...report.files])
}
