// Inter-annotator agreement for the articles that two or more analysts annotated: per tag, span F1
// (exact and overlap) and Cohen's κ over word tokens, pooled over every pair of analysts.
import type { Db } from '../../db/connection'
import type { AgreementReport, Analyst, Annotation, TagAgreement } from '../../../shared/model'
import { listAnnotations } from '../annotations'
import { getArticle, listArticles } from '../corpus'
import { listTags } from '../profile'
import { exactCounts, f1, overlapCounts, type F1Counts } from './span-f1'
import { addKappa, cohenKappa, kappaCounts, NO_TOKENS, wordTokens, type KappaCounts } from './token-kappa'

interface Pooled {
  exact: F1Counts
  overlap: F1Counts
  kappa: KappaCounts
  spans: number
}

const add = (x: F1Counts, y: F1Counts): F1Counts => ({ matched: x.matched + y.matched, total: x.total + y.total })

/** Every pair of distinct items, each once. */
function pairsOf<T>(items: T[]): [T, T][] {
  return items.flatMap((a, i) => items.slice(i + 1).map((b): [T, T] => [a, b]))
}

/** Agreement over the articles `articleIds` (or all) that at least two analysts annotated. */
export function computeAgreement(db: Db, articleIds?: number[]): AgreementReport {
  const ids = articleIds ?? listArticles(db).map((article) => article.id)
  const tags = new Set(listTags(db).map((tag) => tag.name))
  const pooled = new Map<string, Pooled>()
  const analysts = new Map<string, Analyst>()
  let articles = 0
  let pairs = 0
  for (const id of ids) {
    const annotations = listAnnotations(db, id)
    const byAnalyst = new Map<string, Annotation[]>()
    for (const a of annotations) byAnalyst.set(a.creator.id, [...(byAnalyst.get(a.creator.id) ?? []), a])
    if (byAnalyst.size < 2) continue
    articles++
    for (const a of annotations) {
      analysts.set(a.creator.id, a.creator)
      tags.add(a.tag)
    }
    const tokens = wordTokens(getArticle(db, id).text)
    for (const [a, b] of pairsOf([...byAnalyst.values()])) {
      pairs++
      for (const tag of tags) {
        const spansA = a.filter((x) => x.tag === tag)
        const spansB = b.filter((x) => x.tag === tag)
        const p = pooled.get(tag) ?? {
          exact: { matched: 0, total: 0 },
          overlap: { matched: 0, total: 0 },
          kappa: NO_TOKENS,
          spans: 0
        }
        pooled.set(tag, {
          exact: add(p.exact, exactCounts(spansA, spansB)),
          overlap: add(p.overlap, overlapCounts(spansA, spansB)),
          kappa: addKappa(p.kappa, kappaCounts(tokens, spansA, spansB)),
          spans: p.spans
        })
      }
    }
    for (const tag of tags) {
      const p = pooled.get(tag)
      if (p) p.spans += annotations.filter((x) => x.tag === tag).length
    }
  }
  const rows: TagAgreement[] = [...tags].flatMap((tag) => {
    const p = pooled.get(tag)
    return p
      ? [{ tag, spans: p.spans, exactF1: f1(p.exact), overlapF1: f1(p.overlap), kappa: cohenKappa(p.kappa) }]
      : []
  })
  return { articles, analysts: [...analysts.values()], pairs, tags: rows }
}
