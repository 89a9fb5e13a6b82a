import { basename } from 'node:path'
import type { Db } from '../../db/connection'
import type { FileImportResult } from '../../../shared/model'
import { findArticleBySha, insertArticle } from '../corpus'
import { sha256Of } from '../text-hash'
import { parseArticleFile, type ParsedFile } from './parse-file'
import { withWriteTurn } from './write-turn'

export interface ArticleFile {
  /** The name shown in reports; its base name is stored as the article's source file. */
  name: string
  bytes: Uint8Array
}

/**
 * Stores one parsed file's articles, all or none (a savepoint when there are several), and returns
 * what happened to the file. Articles whose cleaned text is already in the corpus are skipped; a
 * file made only of such articles is reported as a duplicate.
 */
function storeParsedFile(db: Db, file: ArticleFile, parsed: ParsedFile, now: string): FileImportResult {
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
        added.push(insertArticle(db, draft, basename(file.name), now, sha))
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
 * Parses a batch of files, then stores them in one write transaction (one commit per batch, not per
 * file: with synchronous=FULL each commit waits for the disk). Parsing happens before the transaction
 * so that the write lock is held only while writing. Runs on whichever thread owns `db`.
 */
export function importBatch(
  db: Db,
  files: readonly ArticleFile[],
  now: string,
  writeTurn?: SharedArrayBuffer
): FileImportResult[] {
  const parsed = files.map((file) => parseArticleFile(file.name, file.bytes))
  const write = db.transaction(() => files.map((file, i) => storeParsedFile(db, file, parsed[i], now)))
  return withWriteTurn(writeTurn, () => write.immediate())
}
