// Counts for the overview charts: annotations per tag per outlet and per article, and how many
// articles are at each status.
import type { CorpusOverview } from '../../shared/model'
import type { Db } from '../db/connection'

/** Articles shown in the per-article chart: enough to see the spread, few enough to read. */
const ARTICLES_SHOWN = 40

function countsBy<K>(rows: { key: K; tag: string; n: number }[]): Map<K, Record<string, number>> {
  const out = new Map<K, Record<string, number>>()
  for (const { key, tag, n } of rows) out.set(key, { ...(out.get(key) ?? {}), [tag]: n })
  return out
}

export function corpusOverview(db: Db): CorpusOverview {
  const tags = db.prepare('SELECT name FROM tag ORDER BY position, name').pluck().all() as string[]
  const outletOf = `COALESCE(NULLIF(a.outlet, ''), 'unknown outlet')`
  const outlets = db
    .prepare(`SELECT ${outletOf} AS outlet, count(*) AS articles FROM article a GROUP BY 1 ORDER BY 2 DESC, 1`)
    .all() as { outlet: string; articles: number }[]
  const perOutlet = countsBy(
    db
      .prepare(
        `SELECT ${outletOf} AS key, n.tag, count(*) AS n FROM annotation n JOIN article a ON a.id = n.article_id GROUP BY 1, 2`
      )
      .all() as { key: string; tag: string; n: number }[]
  )
  const top = db
    .prepare(
      `SELECT a.id AS articleId, a.title, a.outlet, count(n.id) AS total FROM article a JOIN annotation n ON n.article_id = a.id
       GROUP BY a.id ORDER BY total DESC, a.id LIMIT ?`
    )
    .all(ARTICLES_SHOWN) as { articleId: number; title: string; outlet: string | null }[]
  const perArticle = countsBy(
    db
      .prepare(
        `SELECT article_id AS key, tag, count(*) AS n FROM annotation WHERE article_id IN (SELECT value FROM json_each(?)) GROUP BY 1, 2`
      )
      .all(JSON.stringify(top.map((t) => t.articleId))) as { key: number; tag: string; n: number }[]
  )
  const byStatus = db
    .prepare(`SELECT status, count(*) AS articles FROM article GROUP BY status ORDER BY status`)
    .all() as { status: string; articles: number }[]
  return {
    tags,
    byOutlet: outlets.map((o) => ({ ...o, counts: perOutlet.get(o.outlet) ?? {} })),
    byArticle: top.map(({ articleId, title, outlet }) => ({
      articleId,
      title,
      outlet,
      counts: perArticle.get(articleId) ?? {}
    })),
    byStatus,
    articles: db.prepare('SELECT count(*) FROM article').pluck().get() as number,
    annotations: db.prepare('SELECT count(*) FROM annotation').pluck().get() as number
  }
}
