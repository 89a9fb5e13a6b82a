// Full-text search over article titles and text and over annotations, with keyword-in-context hits
// at UTF-16 offsets of the article text. FTS5 finds and ranks the matching articles and annotations;
// find-terms.ts then finds where in each shown article the query's words are.
import { UserError } from '../../../shared/errors'
import type { SearchFilters, SearchHit, SearchResults, SearchScope } from '../../../shared/model'
import type { Db } from '../../db/connection'
import { statement } from '../../db/statements'
import { findTerms, termsOf } from './find-terms'
import { contextOf } from './keyword-in-context'
import { allowedArticles, annotationConditions, type AnnotationConditions } from './search-filters'
import { parseQuery, toFtsMatch, type QueryNode } from './search-query'

export interface SearchInput extends SearchFilters {
  query: string
  scope?: SearchScope
  /** Most articles to show text hits for, and most annotation hits (ranked best first). */
  limit?: number
  /** Most text hits shown per article. */
  hitsPerArticle?: number
}

/**
 * Above this many matches, results come most recently imported first instead of by relevance.
 * Ranking (bm25) reads every match's positions: about 5 ms per 1,000 matches on the bench machine,
 * which a query that matches most of a large corpus ("troops") would pay on every keystroke; such a
 * query wants narrowing, and the status line says how many matched.
 */
export const RANKED_UP_TO = 2000

/** Runs FTS5 with the analyst's expression; any complaint FTS5 still has becomes the analyst's message. */
function run<T>(query: string, work: () => T): T {
  try {
    return work()
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith('SQLITE_'))
      throw new UserError(`The search “${query}” cannot be run: ${(error as Error).message}.`)
    throw error
  }
}

/** The FTS matches, joined to the annotation and its creator only when conditions need them. */
interface Matches {
  table: 'article_fts' | 'annotation_fts'
  match: string
  join: string
  conditions: AnnotationConditions
}

function select(db: Db, m: Matches, what: string, tail = '') {
  const where = m.conditions.where.map((w) => ` AND ${w}`).join('')
  return statement(db, `SELECT ${what} FROM ${m.table} ${m.join} WHERE ${m.table} MATCH @match${where} ${tail}`)
}

/**
 * The matches to show, best (or, past RANKED_UP_TO, last imported) first, and how many there are.
 * Ranking scores only what it sorts: `ORDER BY rank` would make FTS5 score and sort every match
 * before any filter. Without an article filter, counting and the newest-first order come from the
 * index itself; with one, the unranked list of matches is filtered here and the rest ranked.
 */
function ranked(db: Db, m: Matches, allowed: Set<number> | null, limit: number) {
  const params = { ...m.conditions.params, match: m.match, limit }
  const rowid = `${m.table}.rowid`
  if (!allowed) {
    const count = select(db, m, 'count(*)').pluck().get(params) as number
    const order = count > RANKED_UP_TO ? `${rowid} DESC` : `bm25(${m.table})`
    return { count, ids: select(db, m, rowid, `ORDER BY ${order} LIMIT @limit`).pluck().all(params) as number[] }
  }
  const all = (select(db, m, rowid).pluck().all(params) as number[]).filter((id) => allowed.has(id))
  if (all.length > RANKED_UP_TO) return { count: all.length, ids: all.sort((a, b) => b - a).slice(0, limit) }
  const ids = statement(
    db,
    // `+rowid`: a plain `rowid IN` would have FTS5 run the query once per listed id.
    `SELECT rowid FROM ${m.table} WHERE ${m.table} MATCH ? AND +rowid IN (SELECT value FROM json_each(?))
     ORDER BY bm25(${m.table}) LIMIT ?`
  )
    .pluck()
    .all(m.match, JSON.stringify(all), limit) as number[]
  return { count: all.length, ids }
}

interface ArticleRow {
  id: number
  title: string
  outlet: string | null
  published: string | null
  text: string
}

function textHits(article: ArticleRow, terms: ReturnType<typeof termsOf>, perArticle: number): SearchHit[] {
  const meta = { articleId: article.id, title: article.title, outlet: article.outlet, publishedDate: article.published }
  const inText = findTerms(article.text, terms, perArticle)
  if (inText.length)
    return inText.map((span) => ({ ...meta, field: 'text', ...span, ...contextOf(article.text, span.start, span.end) }))
  return findTerms(article.title, terms, 1).map((span) => ({
    ...meta,
    field: 'title',
    ...span,
    ...contextOf(article.title, span.start, span.end)
  }))
}

function searchText(db: Db, query: QueryNode, filters: SearchFilters, limit: number, perArticle: number) {
  const match = toFtsMatch(query)
  const allowed = allowedArticles(db, filters)
  // For text, tag and analyst mean: the article has such an annotation.
  const conditions = annotationConditions(filters)
  const having: AnnotationConditions = conditions.where.length
    ? {
        where: [
          `EXISTS (SELECT 1 FROM annotation n JOIN analyst who ON who.id = n.creator_id
                   WHERE n.article_id = article_fts.rowid AND ${conditions.where.join(' AND ')})`
        ],
        params: conditions.params
      }
    : conditions
  const matches: Matches = { table: 'article_fts', match, join: '', conditions: having }
  const { count, ids } = ranked(db, matches, allowed && new Set(allowed), limit)
  const rows = statement(
    db,
    `SELECT id, title, outlet, published, text FROM article WHERE id IN (SELECT value FROM json_each(?))`
  ).all(JSON.stringify(ids)) as ArticleRow[]
  const byId = new Map(rows.map((row) => [row.id, row]))
  const terms = termsOf(query)
  const hits = ids.flatMap((id) => textHits(byId.get(id) as ArticleRow, terms, perArticle))
  return { count, hits, truncated: count > ids.length }
}

interface AnnotationRow {
  at: number
  id: string
  article_id: number
  tag: string
  start_u16: number
  end_u16: number
  exact: string
  prefix: string
  suffix: string
  creator: string
  title: string
  outlet: string | null
  published: string | null
}

const toHit = (row: AnnotationRow): SearchHit => ({
  articleId: row.article_id,
  title: row.title,
  outlet: row.outlet,
  publishedDate: row.published,
  field: 'annotation',
  start: row.start_u16,
  end: row.end_u16,
  before: row.prefix,
  match: row.exact,
  after: row.suffix,
  annotation: { id: row.id, tag: row.tag, creator: row.creator }
})

function searchAnnotations(db: Db, match: string, filters: SearchFilters, limit: number) {
  const articles = allowedArticles(db, filters)
  // The annotations of the allowed articles, read from the annotation_by_article index.
  const allowed =
    articles &&
    new Set(
      statement(db, `SELECT rowid FROM annotation WHERE article_id IN (SELECT value FROM json_each(?))`)
        .pluck()
        .all(JSON.stringify(articles)) as number[]
    )
  const conditions = annotationConditions(filters)
  const join = conditions.where.length
    ? 'JOIN annotation n ON n.rowid = annotation_fts.rowid JOIN analyst who ON who.id = n.creator_id'
    : ''
  const { count, ids } = ranked(db, { table: 'annotation_fts', match, join, conditions }, allowed, limit)
  const rows = statement(
    db,
    `SELECT n.rowid AS at, n.id, n.article_id, n.tag, n.start_u16, n.end_u16, n.exact, n.prefix, n.suffix,
       who.name AS creator, a.title, a.outlet, a.published
     FROM annotation n JOIN analyst who ON who.id = n.creator_id JOIN article a ON a.id = n.article_id
     WHERE n.rowid IN (SELECT value FROM json_each(?))`
  ).all(JSON.stringify(ids)) as AnnotationRow[]
  const byRowid = new Map(rows.map((row) => [row.at, row]))
  return { count, hits: ids.map((rowid) => toHit(byRowid.get(rowid) as AnnotationRow)), truncated: count > ids.length }
}

const NONE = { count: 0, hits: [] as SearchHit[], truncated: false }

/**
 * Searches the corpus. A query the analyst mistyped (an unclosed quote, a dangling NOT) is a
 * UserError saying what is wrong; it never reaches SQLite as syntax.
 */
export function search(db: Db, input: SearchInput): SearchResults {
  const query = parseQuery(input.query)
  const expression = toFtsMatch(query)
  const scope = input.scope ?? 'all'
  const limit = input.limit ?? 100
  return run(input.query, () => {
    const text = scope === 'annotations' ? NONE : searchText(db, query, input, limit, input.hitsPerArticle ?? 5)
    const notes = scope === 'text' ? NONE : searchAnnotations(db, expression, input, limit)
    return {
      expression,
      hits: [...notes.hits, ...text.hits],
      articleCount: text.count,
      annotationCount: notes.count,
      truncated: text.truncated || notes.truncated
    }
  })
}
