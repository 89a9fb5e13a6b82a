// Full-text search over article titles and text and over annotations, with keyword-in-context hits
// at UTF-16 offsets of the article text. FTS5 finds and ranks the matching articles and annotations,
// each table by the plan its estimated selectivity calls for (match-plan.ts, ranked-matches.ts);
// find-terms.ts then finds where in each shown article, and only those, the query's words are.
import { UserError } from '../../../shared/errors'
import type { SearchFilters, SearchHit, SearchResults, SearchScope } from '../../../shared/model'
import { catchUpSearchIndex } from '../search-backlog'
import type { Db } from '../../db/connection'
import { statement } from '../../db/statements'
import { findTerms, termsOf } from './find-terms'
import { contextOf } from './keyword-in-context'
import { planMatches, type ForcedPlan } from './match-plan'
import { annotationNarrowings, corpusSize, textNarrowings, type Counted } from './narrowings'
import { rankMatches } from './ranked-matches'
import { parseQuery, toFtsMatch, type QueryNode } from './search-query'

export { RANKED_UP_TO } from './ranked-matches'

export interface SearchInput extends SearchFilters {
  query: string
  scope?: SearchScope
  /** Most articles to show text hits for, and most annotation hits (ranked best first). */
  limit?: number
  /** Most text hits shown per article. */
  hitsPerArticle?: number
}

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

/** Pages longer than this (bulk tagging's, up to 20,000) pass their ids as one JSON array. */
const LISTED_UP_TO = 1024

/**
 * The rows of `ids`, in the order of `ids`. A page's ids are padded with NULLs (which match nothing)
 * to a power of two, so a few prepared statements serve every page size.
 */
function rowsOf<T>(db: Db, sql: (list: string) => string, ids: number[], key: (row: T) => number): T[] {
  if (!ids.length) return []
  let rows: T[]
  if (ids.length > LISTED_UP_TO) {
    rows = statement(db, sql('SELECT value FROM json_each(?)')).all(JSON.stringify(ids)) as T[]
  } else {
    const size = 2 ** Math.ceil(Math.log2(ids.length))
    const padded = [...ids, ...Array<null>(size - ids.length).fill(null)]
    rows = statement(db, sql(padded.map(() => '?').join(','))).all(...padded) as T[]
  }
  const byId = new Map(rows.map((row) => [key(row), row]))
  return ids.map((id) => byId.get(id) as T)
}

function searchText(db: Db, query: QueryNode, input: SearchInput, forced: ForcedPlan, counted: Counted) {
  const limit = input.limit ?? 100
  const plan = planMatches(
    db,
    { table: 'article_fts', match: toFtsMatch(query) },
    query,
    textNarrowings(db, counted, input),
    corpusSize(db, counted).articles,
    forced
  )
  const { count, ids } = rankMatches(db, plan, limit)
  const rows = rowsOf<ArticleRow>(
    db,
    (list) => `SELECT id, title, outlet, published, text FROM article WHERE id IN (${list})`,
    ids,
    (row) => row.id
  )
  const terms = termsOf(query)
  const hits = rows.flatMap((row) => textHits(row, terms, input.hitsPerArticle ?? 5))
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

function searchAnnotations(db: Db, query: QueryNode, input: SearchInput, forced: ForcedPlan, counted: Counted) {
  const plan = planMatches(
    db,
    { table: 'annotation_fts', match: toFtsMatch(query) },
    query,
    annotationNarrowings(db, counted, input),
    corpusSize(db, counted).annotations,
    forced
  )
  const { count, ids } = rankMatches(db, plan, input.limit ?? 100)
  const rows = rowsOf<AnnotationRow>(
    db,
    (list) =>
      `SELECT n.rowid AS at, n.id, n.article_id, n.tag, n.start_u16, n.end_u16, n.exact, n.prefix, n.suffix,
         who.name AS creator, a.title, a.outlet, a.published
       FROM annotation n JOIN analyst who ON who.id = n.creator_id JOIN article a ON a.id = n.article_id
       WHERE n.rowid IN (${list})`,
    ids,
    (row) => row.at
  )
  return { count, hits: rows.map(toHit), truncated: count > ids.length }
}

const NONE = { count: 0, hits: [] as SearchHit[], truncated: false }

/**
 * Searches the corpus. A query the analyst mistyped (an unclosed quote, a dangling NOT) is a
 * UserError saying what is wrong; it never reaches SQLite as syntax. `forced` fixes the plan (for
 * tests: every plan returns the same results).
 */
export function search(db: Db, input: SearchInput, forced: ForcedPlan = {}): SearchResults {
  // A bulk import may have left its annotations for the index to take in: first that.
  catchUpSearchIndex(db)
  const query = parseQuery(input.query)
  const scope = input.scope ?? 'all'
  const counted: Counted = new Map()
  return run(input.query, () => {
    const text = scope === 'annotations' ? NONE : searchText(db, query, input, forced, counted)
    const notes = scope === 'text' ? NONE : searchAnnotations(db, query, input, forced, counted)
    return {
      expression: toFtsMatch(query),
      hits: [...notes.hits, ...text.hits],
      articleCount: text.count,
      annotationCount: notes.count,
      truncated: text.truncated || notes.truncated
    }
  })
}
