import type { Db } from '../db/connection'
import { statement } from '../db/statements'
import { sha256Of } from './text-hash'
import { UserError } from '../../shared/errors'
import type {
  Article,
  ArticleDraft,
  ArticleMetaPatch,
  ArticleStatus,
  ArticleSummary,
  RemovedSegment
} from '../../shared/model'

interface ArticleRow {
  id: number
  sha256: string
  title: string
  outlet: string | null
  url: string | null
  published: string | null
  language: string | null
  text: string
  raw_text: string
  removed: string
  source_file: string
  imported_at: string
  status: ArticleStatus
}

function toArticle(row: ArticleRow): Article {
  return {
    id: row.id,
    sha256: row.sha256,
    title: row.title,
    outlet: row.outlet,
    url: row.url,
    publishedDate: row.published,
    language: row.language,
    text: row.text,
    rawText: row.raw_text,
    removed: JSON.parse(row.removed) as RemovedSegment[],
    sourceFile: row.source_file,
    importedAt: row.imported_at,
    status: row.status
  }
}

/** The id of the article whose cleaned text has this SHA-256, or null. */
export function findArticleBySha(db: Db, sha256: string): number | null {
  const row = statement(db, 'SELECT id FROM article WHERE sha256 = ?').get(sha256) as { id: number } | undefined
  return row?.id ?? null
}

/** Ids of the articles whose SHA-256 starts with `prefix` (hex digits, any case). */
export function findArticleIdsByShaPrefix(db: Db, prefix: string): number[] {
  if (!/^[0-9a-f]+$/i.test(prefix)) return []
  return statement(db, 'SELECT id FROM article WHERE sha256 LIKE ? ORDER BY id')
    .pluck()
    .all(`${prefix.toLowerCase()}%`) as number[]
}

/**
 * Stores one article and returns its id. The caller runs this inside its transaction and has checked
 * (with findArticleBySha) that the text is new; it passes the text's hash when it has it already.
 */
export function insertArticle(
  db: Db,
  draft: ArticleDraft,
  sourceFile: string,
  importedAt: string,
  sha256 = sha256Of(draft.text)
): number {
  const result = statement(
    db,
    `INSERT INTO article (sha256, title, outlet, url, published, language, text, raw_text, removed, source_file, imported_at)
       VALUES (@sha256, @title, @outlet, @url, @published, @language, @text, @rawText, @removed, @sourceFile, @importedAt)`
  ).run({
    sha256,
    title: draft.title,
    outlet: draft.outlet,
    url: draft.url,
    published: draft.publishedDate,
    language: draft.language,
    text: draft.text,
    rawText: draft.rawText,
    removed: JSON.stringify(draft.removed),
    sourceFile,
    importedAt
  })
  return Number(result.lastInsertRowid)
}

/** One article, or a UserError naming the id when there is none. */
export function getArticle(db: Db, id: number): Article {
  const row = db.prepare('SELECT * FROM article WHERE id = ?').get(id) as ArticleRow | undefined
  if (!row) throw new UserError(`There is no article ${id} in this corpus.`)
  return toArticle(row)
}

/** An article's cleaned text, or a UserError naming the id when there is none. */
export function articleText(db: Db, id: number): string {
  const text = statement(db, 'SELECT text FROM article WHERE id = ?').pluck().get(id) as string | undefined
  if (text === undefined) throw new UserError(`There is no article ${id} in this corpus.`)
  return text
}

/** Marks an article new, in progress or done. */
export function setArticleStatus(db: Db, id: number, status: ArticleStatus): void {
  if (statement(db, 'UPDATE article SET status = ? WHERE id = ?').run(status, id).changes === 0) {
    throw new UserError(`There is no article ${id} in this corpus.`)
  }
}

/** All articles whose title, outlet or source file contains `filter` (any case), newest first. */
export function listArticles(db: Db, filter = ''): ArticleSummary[] {
  const like = `%${filter.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`
  const rows = db
    .prepare(
      `SELECT id, title, outlet, published AS publishedDate, source_file AS sourceFile, status FROM article
       WHERE title LIKE @like ESCAPE '\\' OR COALESCE(outlet, '') LIKE @like ESCAPE '\\' OR source_file LIKE @like ESCAPE '\\'
       ORDER BY COALESCE(published, '') DESC, id DESC`
    )
    .all({ like }) as Omit<ArticleSummary, 'counts'>[]
  const counts = db
    .prepare('SELECT article_id AS id, tag, COUNT(*) AS n FROM annotation GROUP BY article_id, tag')
    .all() as {
    id: number
    tag: string
    n: number
  }[]
  const byArticle = new Map<number, Record<string, number>>()
  for (const { id, tag, n } of counts) {
    const entry = byArticle.get(id) ?? {}
    entry[tag] = n
    byArticle.set(id, entry)
  }
  return rows.map((row) => ({ ...row, counts: byArticle.get(row.id) ?? {} }))
}

const PATCH_COLUMNS: Record<keyof ArticleMetaPatch, string> = {
  title: 'title',
  outlet: 'outlet',
  url: 'url',
  publishedDate: 'published',
  language: 'language'
}

/** Edits an article's metadata (never its text, which annotations point into). */
export function updateArticle(db: Db, id: number, patch: ArticleMetaPatch): Article {
  return db.transaction(() => {
    getArticle(db, id)
    for (const [key, column] of Object.entries(PATCH_COLUMNS)) {
      const value = patch[key as keyof ArticleMetaPatch]
      if (value === undefined) continue
      db.prepare(`UPDATE article SET ${column} = ? WHERE id = ?`).run(value === '' ? null : value, id)
    }
    return getArticle(db, id)
  })()
}
