// Annotations that arrived for an article whose text here differs from the one they were made on,
// and that no re-anchoring strategy could place. They wait whole in the orphan table until an analyst
// re-attaches them by hand; they are never dropped.
import type { Db } from '../db/connection'
import { UserError } from '../../shared/errors'
import type { Annotation, Orphan } from '../../shared/model'
import { quoteAt, spanProblem } from '../../shared/text-quote'
import { findTombstone, recordLineage } from './annotation-versions'
import { findAnnotation, insertAnnotation } from './annotations'
import { getArticle } from './corpus'

/** An orphan's annotation as it arrived: everything but a place in this corpus's text, plus its lineage. */
export type OrphanedAnnotation = Omit<Annotation, 'articleId' | 'start' | 'end'> & { replaces: string[] }

export interface NewOrphan {
  articleId: number
  annotation: OrphanedAnnotation
  file: string
  reason: string
}

interface OrphanRow {
  annotation_id: string
  article_id: number
  annotation: string
  file: string
  reason: string
  title: string
}

function toOrphan(row: OrphanRow): Orphan {
  const annotation = JSON.parse(row.annotation) as OrphanedAnnotation
  return {
    id: row.annotation_id,
    articleId: row.article_id,
    articleTitle: row.title,
    tag: annotation.tag,
    quote: annotation.quote,
    note: annotation.note,
    creator: annotation.creator,
    reason: row.reason,
    file: row.file
  }
}

/** Keeps an annotation as an orphan unless its id is known here already (annotation, deletion or orphan). */
export function insertOrphan(db: Db, orphan: NewOrphan): boolean {
  if (findAnnotation(db, orphan.annotation.id) || findTombstone(db, orphan.annotation.id)) return false
  const { changes } = db
    .prepare(
      `INSERT INTO orphan (annotation_id, article_id, annotation, file, reason) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (annotation_id) DO NOTHING`
    )
    .run(orphan.annotation.id, orphan.articleId, JSON.stringify(orphan.annotation), orphan.file, orphan.reason)
  return changes > 0
}

const SELECT = 'SELECT orphan.*, article.title FROM orphan JOIN article ON article.id = orphan.article_id'

/** The orphans of one article, or of the whole corpus, by article then quote position in the old text. */
export function listOrphans(db: Db, articleId?: number): Orphan[] {
  const rows = (
    articleId === undefined
      ? db.prepare(`${SELECT} ORDER BY orphan.article_id, orphan.annotation_id`).all()
      : db.prepare(`${SELECT} WHERE orphan.article_id = ? ORDER BY orphan.annotation_id`).all(articleId)
  ) as OrphanRow[]
  return rows.map(toOrphan)
}

/**
 * Attaches an orphan to [start, end) of its article's text, by hand: it becomes an annotation again
 * with its id, tag, attributes, note, creator and times, and a quote taken from the text here.
 */
export function reattachOrphan(db: Db, id: string, start: number, end: number): Annotation {
  return db.transaction(() => {
    const row = db.prepare(`${SELECT} WHERE orphan.annotation_id = ?`).get(id) as OrphanRow | undefined
    if (!row) throw new UserError(`There is no orphaned annotation ${id}; it may have been re-attached already.`)
    const { text } = getArticle(db, row.article_id)
    const problem = spanProblem(text, start, end)
    if (problem) throw new UserError(`Cannot re-attach the annotation there: ${problem}.`)
    const { replaces, ...orphaned } = JSON.parse(row.annotation) as OrphanedAnnotation
    const annotation: Annotation = {
      ...orphaned,
      articleId: row.article_id,
      start,
      end,
      quote: quoteAt(text, start, end)
    }
    db.prepare('DELETE FROM orphan WHERE annotation_id = ?').run(id)
    insertAnnotation(db, annotation)
    recordLineage(db, id, replaces)
    return annotation
  })()
}
