// The filters of a search as SQL. Article filters (outlet, dates, status) are conditions on
// `article`, read through its indexes; tag and analyst are conditions on `annotation` (aliased n),
// read through annotation_by_tag and annotation_by_creator (migration 006).
import { UserError } from '../../../shared/errors'
import { ARTICLE_STATUSES, type SearchFilters } from '../../../shared/model'

/** SQL conditions, joined by AND, with their named parameters. */
export interface Conditions {
  where: string[]
  params: Record<string, string>
}

/** Conditions on `article` from the outlet, date and status filters; none when none is set. */
export function articleConditions(filters: SearchFilters): Conditions {
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
  return { where, params }
}

/** Conditions on an annotation (n) from the tag and analyst (id or name) filters. */
export function annotationConditions(filters: SearchFilters): Conditions {
  const where: string[] = []
  const params: Record<string, string> = {}
  if (filters.tag) {
    where.push('n.tag = @tag')
    params.tag = filters.tag
  }
  if (filters.analyst) {
    where.push('n.creator_id IN (SELECT id FROM analyst WHERE id = @analyst OR name = @analyst COLLATE NOCASE)')
    params.analyst = filters.analyst
  }
  return { where, params }
}

/** The annotation conditions with "its article passes the article conditions" added. */
export function annotationAndArticle(notes: Conditions, articles: Conditions): Conditions {
  if (!articles.where.length) return notes
  return {
    where: [...notes.where, `n.article_id IN (SELECT id FROM article WHERE ${articles.where.join(' AND ')})`],
    params: { ...notes.params, ...articles.params }
  }
}
