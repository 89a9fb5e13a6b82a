// The search filters as narrowings of each FTS5 table's matches (match-plan.ts chooses the form),
// with the size of what each allows, counted through the indexes.
import type { SearchFilters } from '../../../shared/model'
import type { Db } from '../../db/connection'
import { statement } from '../../db/statements'
import type { Narrowing } from './match-plan'
import { annotationAndArticle, annotationConditions, articleConditions, type Conditions } from './search-filters'

/**
 * Sizes are counted no further than this (a few ms of index reading): past it a set is dearer than
 * checking the matches of any query that is not already too broad to rank.
 */
const COUNTED_UP_TO = 25_000

const and = (conditions: Conditions) => conditions.where.join(' AND ')

/** Counts made for one search, so the text and the annotation parts count a filter once. */
export type Counted = Map<string, number>

function size(db: Db, counted: Counted, from: string, params: Record<string, string>): number {
  const key = `${from} ${JSON.stringify(params)}`
  let n = counted.get(key)
  if (n === undefined) {
    n = statement(db, `SELECT count(*) FROM (SELECT 1 FROM ${from} LIMIT ${COUNTED_UP_TO})`)
      .pluck()
      .get(params) as number
    counted.set(key, n)
  }
  return n
}

/** The article conditions, or none when they allow every article (all "new", say): nothing to narrow. */
function narrowingArticles(db: Db, counted: Counted, filters: SearchFilters): Conditions {
  const articles = articleConditions(filters)
  if (!articles.where.length) return articles
  const allowed = size(db, counted, `article WHERE ${and(articles)}`, articles.params)
  return allowed === corpusSize(db, counted).articles && allowed < COUNTED_UP_TO ? { where: [], params: {} } : articles
}

/**
 * Article text: the outlet, date and status filters allow articles; tag and analyst allow the
 * articles that have such an annotation.
 */
export function textNarrowings(db: Db, counted: Counted, filters: SearchFilters): Narrowing[] {
  const articles = narrowingArticles(db, counted, filters)
  const notes = annotationConditions(filters)
  const narrowings: Narrowing[] = []
  if (articles.where.length) {
    narrowings.push({
      allowed: `SELECT id FROM article WHERE ${and(articles)}`,
      check: `EXISTS (SELECT 1 FROM article WHERE id = article_fts.rowid AND ${and(articles)})`,
      params: articles.params,
      size: size(db, counted, `article WHERE ${and(articles)}`, articles.params)
    })
  }
  if (notes.where.length) {
    narrowings.push({
      allowed: `SELECT n.article_id FROM annotation n WHERE ${and(notes)}`,
      check: `EXISTS (SELECT 1 FROM annotation n WHERE n.article_id = article_fts.rowid AND ${and(notes)})`,
      params: notes.params,
      // Annotations, not articles: at most as many articles have one.
      size: size(db, counted, `annotation n WHERE ${and(notes)}`, notes.params)
    })
  }
  return narrowings
}

/** Annotations: their own tag and analyst, and the outlet, date and status of their article. */
export function annotationNarrowings(db: Db, counted: Counted, filters: SearchFilters): Narrowing[] {
  const articles = narrowingArticles(db, counted, filters)
  const notes = annotationConditions(filters)
  const conditions = annotationAndArticle(notes, articles)
  if (!conditions.where.length) return []
  const totals = corpusSize(db, counted)
  // Estimated as the share of articles allowed times the share of annotations allowed: counting
  // the annotations of the allowed articles would cost as much as the set it decides about.
  const articleShare = articles.where.length
    ? size(db, counted, `article WHERE ${and(articles)}`, articles.params) / Math.max(1, totals.articles)
    : 1
  const notesAllowed = notes.where.length
    ? size(db, counted, `annotation n WHERE ${and(notes)}`, notes.params)
    : totals.annotations
  return [
    {
      allowed: `SELECT n.rowid FROM annotation n WHERE ${and(conditions)}`,
      check: `EXISTS (SELECT 1 FROM annotation n WHERE n.rowid = annotation_fts.rowid AND ${and(conditions)})`,
      params: conditions.params,
      size: Math.round(articleShare * notesAllowed)
    }
  ]
}

/** How many articles and annotations the corpus holds (read from the smallest index). */
export function corpusSize(db: Db, counted: Counted): { articles: number; annotations: number } {
  const total = (table: string) => {
    let n = counted.get(table)
    if (n === undefined)
      counted.set(table, (n = statement(db, `SELECT count(*) FROM ${table}`).pluck().get() as number))
    return n
  }
  return { articles: total('article'), annotations: total('annotation') }
}
