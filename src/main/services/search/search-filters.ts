// The filters of a search. Article filters (outlet, dates, status) become the set of articles they
// allow, found through the article indexes; tag and analyst become SQL conditions on `annotation`
// (aliased n) and its creator `analyst` (aliased who).
import { UserError } from '../../../shared/errors'
import { ARTICLE_STATUSES, type SearchFilters } from '../../../shared/model'
import type { Db } from '../../db/connection'

export interface AnnotationConditions {
  where: string[]
  params: Record<string, string>
}

/** Ids of the articles the outlet, date and status filters allow, or null when none is set. */
export function allowedArticles(db: Db, filters: SearchFilters): number[] | null {
  const where: string[] = []
  const params: Record<string, string> = {}
  if (filters.from && filters.to && filters.from > filters.to)
    throw new UserError(`The date range is empty: ${filters.from} is after ${filters.to}.`)
  if (filters.outlet) {
    where.push('outlet = @outlet COLLATE NOCASE')
    params.outlet = filters.outlet
  }
  if (filters.from) {
    where.push('published >= @from')
    params.from = filters.from
  }
  if (filters.to) {
    where.push('published <= @to')
    params.to = filters.to
  }
  if (filters.status) {
    if (!(ARTICLE_STATUSES as readonly string[]).includes(filters.status)) {
      throw new UserError(`An article's status is one of ${ARTICLE_STATUSES.join(', ')}, not "${filters.status}".`)
    }
    where.push('status = @status')
    params.status = filters.status
  }
  if (where.length === 0) return null
  return db
    .prepare(`SELECT id FROM article WHERE ${where.join(' AND ')}`)
    .pluck()
    .all(params) as number[]
}

const ANALYST = `(who.id = @analyst OR who.name = @analyst COLLATE NOCASE)`

/** Conditions on an annotation (n) and its creator (who): its tag, its analyst. */
export function annotationConditions(filters: SearchFilters): AnnotationConditions {
  const where: string[] = []
  const params: Record<string, string> = {}
  if (filters.tag) {
    where.push('n.tag = @tag')
    params.tag = filters.tag
  }
  if (filters.analyst) {
    where.push(ANALYST)
    params.analyst = filters.analyst
  }
  return { where, params }
}
