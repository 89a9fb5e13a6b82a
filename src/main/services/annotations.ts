import { v7 as uuidv7 } from 'uuid'
import type { Db } from '../db/connection'
import { UserError } from '../../shared/errors'
import type { Analyst, Annotation, Attributes } from '../../shared/model'
import { quoteAt, spanProblem } from '../../shared/text-quote'
import { getArticle } from './corpus'

interface AnnotationRow {
  id: string
  article_id: number
  tag: string
  start_u16: number
  end_u16: number
  exact: string
  prefix: string
  suffix: string
  attributes: string
  note: string
  creator_id: string
  creator_name: string
  created: string
  modified: string
}

const SELECT = `SELECT annotation.*, analyst.name AS creator_name FROM annotation JOIN analyst ON analyst.id = annotation.creator_id`

function toAnnotation(row: AnnotationRow): Annotation {
  return {
    id: row.id,
    articleId: row.article_id,
    tag: row.tag,
    start: row.start_u16,
    end: row.end_u16,
    quote: { exact: row.exact, prefix: row.prefix, suffix: row.suffix },
    attributes: JSON.parse(row.attributes) as Attributes,
    note: row.note,
    creator: { id: row.creator_id, name: row.creator_name },
    created: row.created,
    modified: row.modified
  }
}

/** An article's annotations in reading order (start, then longer spans first). */
export function listAnnotations(db: Db, articleId: number): Annotation[] {
  const rows = db
    .prepare(`${SELECT} WHERE article_id = ? ORDER BY start_u16, end_u16 DESC, id`)
    .all(articleId) as AnnotationRow[]
  return rows.map(toAnnotation)
}

/** One annotation, or null. */
export function findAnnotation(db: Db, id: string): Annotation | null {
  const row = db.prepare(`${SELECT} WHERE annotation.id = ?`).get(id) as AnnotationRow | undefined
  return row ? toAnnotation(row) : null
}

function assertTag(db: Db, tag: string): void {
  if (!db.prepare('SELECT 1 FROM tag WHERE name = ?').get(tag)) throw new UserError(`There is no tag "${tag}".`)
}

/** Writes an annotation exactly as given (id, times and creator included); used by create and import. */
export function insertAnnotation(db: Db, annotation: Annotation): void {
  db.prepare(
    `INSERT INTO annotation (id, article_id, tag, start_u16, end_u16, exact, prefix, suffix, attributes, note, creator_id, created, modified)
     VALUES (@id, @articleId, @tag, @start, @end, @exact, @prefix, @suffix, @attributes, @note, @creatorId, @created, @modified)`
  ).run({
    ...annotation,
    ...annotation.quote,
    attributes: JSON.stringify(annotation.attributes),
    creatorId: annotation.creator.id
  })
}

export interface NewAnnotation {
  articleId: number
  tag: string
  start: number
  end: number
  attributes?: Attributes
  note?: string
}

/** Tags [start, end) of an article for `creator` and returns the stored annotation. */
export function createAnnotation(db: Db, creator: Analyst, input: NewAnnotation, now = new Date()): Annotation {
  return db.transaction(() => {
    const article = getArticle(db, input.articleId)
    assertTag(db, input.tag)
    const problem = spanProblem(article.text, input.start, input.end)
    if (problem) throw new UserError(`Cannot tag this selection: ${problem}.`)
    const stamp = now.toISOString()
    const annotation: Annotation = {
      id: uuidv7({ msecs: now.getTime() }),
      articleId: input.articleId,
      tag: input.tag,
      start: input.start,
      end: input.end,
      quote: quoteAt(article.text, input.start, input.end),
      attributes: input.attributes ?? {},
      note: input.note ?? '',
      creator,
      created: stamp,
      modified: stamp
    }
    insertAnnotation(db, annotation)
    return annotation
  })()
}

/** Removes an annotation and says which article it belonged to. */
export function deleteAnnotation(db: Db, id: string): { id: string; articleId: number } {
  return db.transaction(() => {
    const existing = findAnnotation(db, id)
    if (!existing) throw new UserError(`There is no annotation ${id}; it may already have been deleted.`)
    db.prepare('DELETE FROM annotation WHERE id = ?').run(id)
    return { id, articleId: existing.articleId }
  })()
}
