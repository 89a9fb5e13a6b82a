// Suggests stories: groups of articles that share enough rare names, dates and phrases to be
// reports of the same event. Each suggestion says what the articles share, so the analyst can judge.
import type { SharedItem, StorySuggestion } from '../../../shared/model'
import type { Db } from '../../db/connection'
import { featuresOf, type Feature } from './story-features'

export interface SuggestOptions {
  /** Least share (0–1) of what two articles mention in common with the corpus that they share. */
  minScore?: number
  /** Least number of shared items for two articles to be linked. */
  minShared?: number
}

/** A date shared is stronger evidence of the same event than a name or a phrase. */
const KIND_WEIGHT: Record<SharedItem['kind'], number> = { date: 2, name: 1, phrase: 1 }

/**
 * Features in more articles than this say little about one event ("United States"), and pairing
 * all their articles would cost df² comparisons; 5% of the corpus, at least 10 and at most 50.
 */
const commonAbove = (articles: number): number => Math.max(10, Math.min(50, Math.ceil(articles * 0.05)))

class UnionFind {
  private parent = new Map<number, number>()
  find(x: number): number {
    const p = this.parent.get(x) ?? x
    if (p === x) return x
    const root = this.find(p)
    this.parent.set(x, root)
    return root
  }
  union(a: number, b: number): boolean {
    const [ra, rb] = [this.find(a), this.find(b)]
    if (ra === rb) return false
    this.parent.set(rb, ra)
    return true
  }
}

interface Edge {
  a: number
  b: number
  score: number
}

/** Article pairs that share enough, each with its score, strongest first. */
function linkedPairs(byArticle: Map<number, Map<string, Feature>>, options: Required<SuggestOptions>): Edge[] {
  const postings = new Map<string, number[]>()
  for (const [id, features] of byArticle)
    for (const key of features.keys()) {
      const ids = postings.get(key)
      if (ids) ids.push(id)
      else postings.set(key, [id])
    }
  const n = byArticle.size
  const cap = commonAbove(n)
  const weight = new Map<string, number>()
  for (const [key, ids] of postings)
    if (ids.length >= 2 && ids.length <= cap)
      weight.set(key, KIND_WEIGHT[key.slice(0, key.indexOf(':')) as SharedItem['kind']] * Math.log(1 + n / ids.length))
  // Only what an article shares with some other article counts towards its total: a detail no other
  // report mentions says nothing about which event it reports.
  const total = new Map<number, number>()
  const shared = new Map<string, { weight: number; count: number }>()
  for (const [key, w] of weight) {
    const ids = postings.get(key) as number[]
    for (const id of ids) total.set(id, (total.get(id) ?? 0) + w)
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const pair = `${ids[i]}:${ids[j]}`
        const entry = shared.get(pair) ?? { weight: 0, count: 0 }
        entry.weight += w
        entry.count++
        shared.set(pair, entry)
      }
  }
  const edges: Edge[] = []
  for (const [pair, { weight: w, count }] of shared) {
    const [a, b] = pair.split(':').map(Number)
    const score = w / Math.min(total.get(a) as number, total.get(b) as number)
    if (count >= options.minShared && score >= options.minScore) edges.push({ a, b, score })
  }
  return edges.sort((x, y) => y.score - x.score)
}

/** How many items of each kind a suggestion shows. */
const SHOWN: Record<SharedItem['kind'], number> = { date: 4, name: 8, phrase: 8 }

/** A shared name inside a longer name shared as widely says nothing more ("Okafor" in "Ines Okafor"). */
const subsumed = (item: SharedItem, names: SharedItem[]): boolean =>
  names.some(
    (other) => other !== item && other.articles >= item.articles && ` ${other.text} `.includes(` ${item.text} `)
  )

function sharedItems(ids: number[], byArticle: Map<number, Map<string, Feature>>): SharedItem[] {
  const counts = new Map<string, SharedItem>()
  for (const id of ids)
    for (const feature of (byArticle.get(id) as Map<string, Feature>).values()) {
      const entry = counts.get(feature.key) ?? { kind: feature.kind, text: feature.text, articles: 0 }
      entry.articles++
      counts.set(feature.key, entry)
    }
  const shared = [...counts.values()].filter((item) => item.articles >= 2)
  const names = shared.filter((item) => item.kind === 'name')
  const kept = shared.filter((item) => item.kind !== 'name' || !subsumed(item, names))
  // Most widely shared first; among equals, the longer (more specific) item.
  kept.sort((x, y) => y.articles - x.articles || y.text.length - x.text.length)
  return (['date', 'name', 'phrase'] as const).flatMap((kind) =>
    kept.filter((item) => item.kind === kind).slice(0, SHOWN[kind])
  )
}

function titleOf(shared: SharedItem[]): string {
  const names = shared.filter((item) => item.kind === 'name').slice(0, 2)
  const date = shared.find((item) => item.kind === 'date')
  return [names.map((item) => item.text).join(', ') || 'Untitled story', date?.text].filter(Boolean).join(' — ')
}

function storyHolding(db: Db, ids: number[]): number | null {
  const row = db
    .prepare(
      `SELECT story_id FROM story_article WHERE article_id IN (${ids.map(() => '?').join(',')})
       GROUP BY story_id HAVING count(*) = ? ORDER BY story_id LIMIT 1`
    )
    .pluck()
    .get(...ids, ids.length) as number | undefined
  return row ?? null
}

/** Groups of two or more articles that seem to report the same event, best linked first. */
export function suggestStories(db: Db, options: SuggestOptions = {}): StorySuggestion[] {
  const settings = { minScore: options.minScore ?? 0.2, minShared: options.minShared ?? 5 }
  const rows = db.prepare('SELECT id, title, text FROM article').all() as { id: number; title: string; text: string }[]
  const byArticle = new Map(rows.map((row) => [row.id, featuresOf(row.title, row.text)]))
  const groups = new UnionFind()
  const weakest = new Map<number, number>()
  for (const edge of linkedPairs(byArticle, settings)) {
    const before = Math.min(weakest.get(groups.find(edge.a)) ?? 1, weakest.get(groups.find(edge.b)) ?? 1)
    if (groups.union(edge.a, edge.b)) weakest.set(groups.find(edge.a), Math.min(before, edge.score))
  }
  const members = new Map<number, number[]>()
  for (const { id } of rows) {
    const root = groups.find(id)
    const ids = members.get(root)
    if (ids) ids.push(id)
    else members.set(root, [id])
  }
  return [...members.entries()]
    .filter(([, ids]) => ids.length >= 2)
    .map(([root, ids]) => {
      const shared = sharedItems(ids, byArticle)
      return {
        articleIds: ids.sort((a, b) => a - b),
        title: titleOf(shared),
        score: Math.round((weakest.get(root) ?? 0) * 100) / 100,
        shared,
        existingStoryId: storyHolding(db, ids)
      }
    })
    .sort((x, y) => y.score - x.score)
}
