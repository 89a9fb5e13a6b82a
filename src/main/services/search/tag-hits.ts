// Tags every text hit of a search at once: the search's words where they stand in each matching
// article (the same spans the keyword-in-context lines show), as one undo step, through the edit path
// every bulk tagging takes. Hits already carrying the tag are skipped.
import { UserError } from '../../../shared/errors'
import type { EditResult } from '../../../shared/editing'
import type { Analyst, SearchFilters } from '../../../shared/model'
import type { Db } from '../../db/connection'
import { statement } from '../../db/statements'
import type { NewAnnotation } from '../annotations'
import { createAnnotations } from '../editing'
import { search } from './search'

/** Most hits one search may tag at once; a larger one wants narrowing (or a saved rule). */
export const TAG_HITS_LIMIT = 20_000

export interface TagHitsInput extends SearchFilters {
  query: string
  /** The tag the hits get (`tag` among the filters narrows the search, as in search). */
  as: string
}

/** Tags the search's text hits as `as`; null when every hit already carries it. */
export function tagSearchHits(db: Db, analyst: Analyst, input: TagHitsInput, now = new Date()): EditResult | null {
  const { as: tag, ...rest } = input
  const results = search(db, { ...rest, scope: 'text', limit: TAG_HITS_LIMIT, hitsPerArticle: TAG_HITS_LIMIT })
  if (results.truncated) {
    throw new UserError(`“${input.query}” matches too widely to tag at once; narrow the search or add filters.`)
  }
  const tagged = statement(db, 'SELECT start_u16, end_u16 FROM annotation WHERE article_id = ? AND tag = ?')
  const seen = new Map<number, Set<string>>()
  const inputs: NewAnnotation[] = []
  for (const hit of results.hits) {
    if (hit.field !== 'text') continue
    let spans = seen.get(hit.articleId)
    if (!spans) {
      const rows = tagged.all(hit.articleId, tag) as { start_u16: number; end_u16: number }[]
      seen.set(hit.articleId, (spans = new Set(rows.map((r) => `${r.start_u16}:${r.end_u16}`))))
    }
    const key = `${hit.start}:${hit.end}`
    if (spans.has(key)) continue
    spans.add(key)
    inputs.push({ articleId: hit.articleId, tag, start: hit.start, end: hit.end })
  }
  if (!inputs.length) return null
  return createAnnotations(db, analyst, inputs, `Tag ${inputs.length} search hits of “${input.query}” as ${tag}`, now)
}
