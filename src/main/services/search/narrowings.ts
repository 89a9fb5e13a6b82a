// The search filters as narrowings of each FTS5 table's matches (match-plan.ts chooses the form),
// with the size of what each allows, counted through the indexes.
import type { SearchFilters } from '../../../shared/model'
import type { Db } from '../../db/connection'
import { statement } from '../../db/statements'
import type { Narrowing } from './match-plan'
import { annotationAndArticle, annotationConditions, articleConditions, type Conditions } from './search-filters'

/**
 * Sizes are counted no further than this: past it a set is dearer than checking the matches of any
 * query that is not already too broad to rank, and counting on would cost more than it tells.
 */
const COUNTED_UP_TO = 50_000

const and = (conditions: Conditions) => conditions.where.join(' AND ')

function size(db: Db, from: string, params: Record<string, string>): number {
  return statement(db, `SELECT count(*) FROM (SELECT 1 FROM ${from} LIMIT ${COUNTED_UP_TO})`)
    .pluck()
    .get(params) as number
}

/**
 * Article text: the outlet, date and status filters allow articles; tag and analyst allow the
 * articles that have such an annotation.
 */
export function textNarrowings(db: Db, filters: SearchFilters): Narrowing[] {
  const articles = articleConditions(filters)
  const notes = annotationConditions(filters)
  const narrowings: Narrowing[] = []
  if (articles.where.length) {
    narrowings.push({
      allowed: `SELECT id FROM article WHERE ${and(articles)}`,
      check: `EXISTS (SELECT 1 FROM article WHERE id = article_fts.rowid AND ${and(articles)})`,
      params: articles.params,
      size: size(db, `article WHERE ${and(articles)}`, articles.params)
    })
  }
  if (notes.where.length) {
    narrowings.push({
      allowed: `SELECT n.article_id FROM annotation n WHERE ${and(notes)}`,
      check: `EXISTS (SELECT 1 FROM annotation n WHERE n.article_id = article_fts.rowid AND ${and(notes)})`,
      params: notes.params,
      // Annotations, not articles: at most as many articles have one.
      size: size(db, `annotation n WHERE ${and(notes)}`, notes.params)
    })
  }
  return narrowings
}

/** Annotations: their own tag and analyst, and the outlet, date and status of their article. */
export function annotationNarrowings(db: Db, filters: SearchFilters): Narrowing[] {
  const conditions = annotationAndArticle(annotationConditions(filters), articleConditions(filters))
  if (!conditions.where.length) return []
  return [
    {
      allowed: `SELECT n.rowid FROM annotation n WHERE ${and(conditions)}`,
      check: `EXISTS (SELECT 1 FROM annotation n WHERE n.rowid = annotation_fts.rowid AND ${and(conditions)})`,
      params: conditions.params,
      size: size(db, `annotation n WHERE ${and(conditions)}`, conditions.params)
    }
  ]
}

/** How many articles and annotations the corpus holds (read from the smallest index). */
export function corpusSize(db: Db): { articles: number; annotations: number } {
  return {
    articles: statement(db, 'SELECT count(*) FROM article').pluck().get() as number,
    annotations: statement(db, 'SELECT count(*) FROM annotation').pluck().get() as number
  }
}
