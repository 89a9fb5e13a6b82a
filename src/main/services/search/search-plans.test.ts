import { describe, expect, it } from 'vitest'
import { openDatabase, type Db } from '../../db/connection'
import type { SearchFilters } from '../../../shared/model'
import type { ForcedPlan } from './match-plan'
import { RANKED_UP_TO, search, type SearchInput } from './search'
import { parseQuery, toFtsMatch } from './search-query'

const WORDS = 'talks troops border sanctions geneva minister envoy diplomacy ceasefire summit aid'.split(' ')
const OUTLETS = ['Wire', 'Herald', 'Courier', 'Ledger']
const STATUSES = ['new', 'in_progress', 'done']

/** A reproducible corpus big enough that a common word matches more than RANKED_UP_TO articles. */
function corpus(): Db {
  const db = openDatabase(':memory:')
  let seed = 7
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)]
  db.prepare(`INSERT INTO analyst (id, name) VALUES ('ada', 'Ada Analyst'), ('ben', 'Ben Reader')`).run()
  const article = db.prepare(
    `INSERT INTO article (id, sha256, title, outlet, published, status, language, text, raw_text, removed, source_file, imported_at)
     VALUES (?, ?, ?, ?, ?, ?, 'en', ?, ?, '[]', 'f', 'now')`
  )
  const annotation = db.prepare(
    `INSERT INTO annotation (id, article_id, tag, start_u16, end_u16, exact, prefix, suffix, attributes, note, creator_id, created, modified)
     VALUES (?, ?, ?, ?, ?, ?, '', '', '{}', ?, ?, 'now', 'now')`
  )
  db.transaction(() => {
    for (let id = 1; id <= RANKED_UP_TO + 150; id++) {
      // "troops" in almost every article; the other words in about one article in three.
      const words = ['troops', ...Array.from({ length: 8 + Math.floor(random() * 16) }, () => pick(WORDS))]
      const text = words.join(' ')
      const day = String(1 + Math.floor(random() * 28)).padStart(2, '0')
      article.run(id, `sha-${id}`, `Report ${id}`, pick(OUTLETS), `2021-12-${day}`, pick(STATUSES), text, text)
      for (let n = 0; n < 3; n++) {
        const start = text.indexOf(' ', Math.floor(random() * (text.length - 20))) + 1
        const end = text.indexOf(' ', start + 1)
        const note = random() < 0.1 ? 'checked with the envoy' : ''
        annotation.run(
          `${id}-${n}`,
          id,
          pick(['claim', 'quote', 'figure']),
          start,
          end,
          text.slice(start, end),
          note,
          pick(['ada', 'ben'])
        )
      }
    }
  })()
  return db
}

const ARTICLE_FILTER: Record<string, (f: SearchFilters) => string | undefined> = {
  outlet: (f) => f.outlet && 'a.outlet = @outlet COLLATE NOCASE',
  from: (f) => f.from && 'a.published >= @from',
  to: (f) => f.to && 'a.published <= @to',
  status: (f) => f.status && 'a.status = @status'
}
const NOTE_FILTER: Record<string, (f: SearchFilters) => string | undefined> = {
  tag: (f) => f.tag && 'n.tag = @tag',
  analyst: (f) => f.analyst && '(who.id = @analyst OR who.name = @analyst COLLATE NOCASE)'
}
const conditions = (filters: SearchFilters, from: Record<string, (f: SearchFilters) => string | undefined>) =>
  Object.values(from)
    .map((condition) => condition(filters))
    .filter((condition): condition is string => Boolean(condition))

/**
 * The plain query: every match joined to its rows and filtered there, then sorted by the rules.
 * CROSS JOIN keeps FTS5 outermost, as a reader would expect (driven from `article`, SQLite would
 * run the MATCH once per article, which is slow, not wrong).
 */
function reference(db: Db, input: SearchInput, table: 'article_fts' | 'annotation_fts') {
  const { query, limit = 100, scope, hitsPerArticle, ...filters } = input
  void scope
  void hitsPerArticle
  const params = { ...filters, match: toFtsMatch(parseQuery(query)) }
  const articles = conditions(filters, ARTICLE_FILTER)
  const notes = conditions(filters, NOTE_FILTER)
  const sql =
    table === 'article_fts'
      ? `SELECT a.id AS id, bm25(article_fts) AS score FROM article_fts CROSS JOIN article a ON a.id = article_fts.rowid
         WHERE article_fts MATCH @match ${articles.map((c) => `AND ${c}`).join(' ')}
         ${notes.length ? `AND EXISTS (SELECT 1 FROM annotation n JOIN analyst who ON who.id = n.creator_id WHERE n.article_id = a.id AND ${notes.join(' AND ')})` : ''}`
      : `SELECT n.rowid AS id, bm25(annotation_fts) AS score FROM annotation_fts
           CROSS JOIN annotation n ON n.rowid = annotation_fts.rowid JOIN analyst who ON who.id = n.creator_id
           JOIN article a ON a.id = n.article_id
         WHERE annotation_fts MATCH @match ${[...articles, ...notes].map((c) => `AND ${c}`).join(' ')}`
  const count = db.prepare(`SELECT count(*) FROM (${sql})`).pluck().get(params) as number
  const order = count > RANKED_UP_TO ? 'id DESC' : 'score, id DESC'
  const ids = db.prepare(`SELECT id FROM (${sql}) ORDER BY ${order} LIMIT ${limit}`).pluck().all(params) as number[]
  return { count, ids }
}

/** Article ids in the order their text hits come, and annotation rowids in hit order. */
function shown(db: Db, input: SearchInput, forced: ForcedPlan) {
  const results = search(db, input, forced)
  const articles = results.hits.filter((hit) => hit.field !== 'annotation').map((hit) => hit.articleId)
  const rowid = db.prepare('SELECT rowid FROM annotation WHERE id = ?').pluck()
  return {
    articles: { count: results.articleCount, ids: articles.filter((id, i) => articles[i - 1] !== id) },
    annotations: {
      count: results.annotationCount,
      ids: results.hits.filter((hit) => hit.annotation).map((hit) => rowid.get(hit.annotation?.id) as number)
    }
  }
}

const QUERIES = [
  'troops',
  'diplomacy',
  'ceasefire summit',
  '"border sanctions"',
  'gen*',
  'envoy OR aid',
  'talks -geneva'
]
const FILTERS: SearchFilters[] = [
  {},
  { outlet: 'herald', from: '2021-12-10', to: '2021-12-20' },
  { from: '2021-12-03' },
  { status: 'done' },
  { tag: 'quote' },
  { analyst: 'Ben Reader' },
  { tag: 'figure', analyst: 'ada', outlet: 'Wire' },
  { status: 'in_progress', to: '2021-12-05' }
]
const PLANS: ForcedPlan[] = [
  {},
  { pass: 'one', narrowing: 'set' },
  { pass: 'one', narrowing: 'check' },
  { pass: 'count-first', narrowing: 'set' },
  { pass: 'count-first', narrowing: 'check' }
]

describe('every search plan', () => {
  const db = corpus()

  it('returns the same hits, in the same order and with the same counts, as a plain filtered query', () => {
    let compared = 0
    for (const query of QUERIES)
      for (const filters of FILTERS)
        for (const limit of [100, 7]) {
          const input = { query, limit, ...filters }
          const expected = {
            articles: reference(db, input, 'article_fts'),
            annotations: reference(db, input, 'annotation_fts')
          }
          for (const plan of PLANS) {
            expect(shown(db, input, plan), `${JSON.stringify(input)} with plan ${JSON.stringify(plan)}`).toEqual(
              expected
            )
            compared++
          }
        }
    expect(compared).toBe(QUERIES.length * FILTERS.length * 2 * PLANS.length)
  }, 60_000) // 560 searches and 224 reference queries: a few seconds, more on a loaded machine

  it('returns pages longer than a statement lists (bulk tagging reads up to 20,000 hits) in the same order', () => {
    for (const input of [
      { query: 'troops', limit: 1500 },
      { query: 'troops', limit: 1025, from: '2021-12-06' }
    ])
      expect(shown(db, input, {})).toEqual({
        articles: reference(db, input, 'article_fts'),
        annotations: reference(db, input, 'annotation_fts')
      })
  })

  it('covers both orders: by relevance, and newest first past RANKED_UP_TO matches', () => {
    expect(reference(db, { query: 'troops' }, 'article_fts').count).toBeGreaterThan(RANKED_UP_TO)
    const filtered = reference(db, { query: 'diplomacy', outlet: 'herald' }, 'article_fts')
    expect(filtered.count).toBeGreaterThan(100)
    expect(filtered.count).toBeLessThanOrEqual(RANKED_UP_TO)
  })
})
