// Pending suggestions of an article: computed on demand by the suggester, minus the ones an analyst
// rejected (remembered in suggestion_rejection) and the spans already tagged that way. Accepting
// makes annotations through the editing path, so each accept is one transaction and one undo step,
// and each annotation records which rule proposed it and who accepted it.
import type { Db } from '../db/connection'
import { statement } from '../db/statements'
import { UserError } from '../../shared/errors'
import type { EditResult } from '../../shared/editing'
import type { Analyst, Suggestion, SuggestionKind } from '../../shared/model'
import { getArticle } from './corpus'
import { createAnnotations } from './editing'
import { suggestArticle } from './suggest/suggest-article'
import type { NewAnnotation } from './annotations'

/** Which suggestion a call means: where it stands and what it is. */
export interface SuggestionRef {
  kind: SuggestionKind
  start: number
  end: number
}

const key = (s: SuggestionRef): string => `${s.kind}:${s.start}:${s.end}`

function rejectedKeys(db: Db, articleId: number, text: string): Set<string> {
  const rows = statement(
    db,
    'SELECT kind, start_u16 AS start, end_u16 AS end, exact FROM suggestion_rejection WHERE article_id = ?'
  ).all(articleId) as (SuggestionRef & { exact: string })[]
  // A rejection holds only while the span still quotes the same words.
  return new Set(rows.filter((r) => text.slice(r.start, r.end) === r.exact).map(key))
}

function tagged(db: Db, articleId: number): { tag: string; start: number; end: number }[] {
  return statement(db, 'SELECT tag, start_u16 AS start, end_u16 AS end FROM annotation WHERE article_id = ?').all(
    articleId
  ) as { tag: string; start: number; end: number }[]
}

/**
 * The article's pending suggestions of the given kinds, in reading order: neither rejected nor
 * overlapping an annotation of the same tag (the analyst has dealt with that span already).
 */
export function listSuggestions(db: Db, articleId: number, kinds?: readonly SuggestionKind[]): Suggestion[] {
  const article = getArticle(db, articleId)
  const rejected = rejectedKeys(db, articleId, article.text)
  const existing = tagged(db, articleId)
  return suggestArticle(article.text, { publishedDate: article.publishedDate, kinds }).filter(
    (s) => !rejected.has(key(s)) && !existing.some((a) => a.tag === s.kind && a.start < s.end && s.start < a.end)
  )
}

function pick(pending: readonly Suggestion[], refs: readonly SuggestionRef[]): Suggestion[] {
  const byKey = new Map(pending.map((s) => [key(s), s]))
  return refs.map((ref) => {
    const found = byKey.get(key(ref))
    if (!found) {
      throw new UserError(
        `The ${ref.kind} suggestion at ${ref.start}–${ref.end} is no longer pending (accepted, rejected or tagged since).`
      )
    }
    return found
  })
}

function asAnnotations(articleId: number, chosen: readonly Suggestion[], analyst: Analyst, now: Date): NewAnnotation[] {
  const at = now.toISOString()
  return chosen.map((s) => ({
    articleId,
    tag: s.kind,
    start: s.start,
    end: s.end,
    attributes: s.attributes,
    provenance: { rule: s.rule, suggestedAt: at, acceptedBy: { id: analyst.id, name: analyst.name }, acceptedAt: at }
  }))
}

const acceptLabel = (chosen: readonly Suggestion[]): string =>
  chosen.length === 1 ? `Accept ${chosen[0].kind} suggestion` : `Accept ${chosen.length} suggestions`

/** Accepts pending suggestions of one article as annotations: one step. */
export function acceptSuggestions(
  db: Db,
  analyst: Analyst,
  articleId: number,
  refs: readonly SuggestionRef[],
  now = new Date()
): EditResult {
  if (refs.length === 0) throw new UserError('Choose at least one suggestion to accept.')
  const chosen = pick(listSuggestions(db, articleId), refs)
  return createAnnotations(db, analyst, asAnnotations(articleId, chosen, analyst, now), acceptLabel(chosen), now)
}

/**
 * Accepts every pending suggestion of the given kinds in the given articles: one step, or null when
 * there was nothing to accept.
 */
export function acceptAllSuggestions(
  db: Db,
  analyst: Analyst,
  articleIds: readonly number[],
  kinds: readonly SuggestionKind[],
  now = new Date()
): EditResult | null {
  const inputs = articleIds.flatMap((id) => asAnnotations(id, listSuggestions(db, id, kinds), analyst, now))
  if (inputs.length === 0) return null
  const label = `Accept all ${kinds.join(' and ')} suggestions (${inputs.length})`
  return createAnnotations(db, analyst, inputs, label, now)
}

/** Remembers suggestions as rejected so they are never proposed again; returns those still pending. */
export function rejectSuggestions(
  db: Db,
  analyst: Analyst,
  articleId: number,
  refs: readonly SuggestionRef[],
  now = new Date()
): Suggestion[] {
  const text = getArticle(db, articleId).text
  const insert = statement(
    db,
    `INSERT OR IGNORE INTO suggestion_rejection (article_id, kind, start_u16, end_u16, exact, rejected_by, rejected_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`
  )
  db.transaction(() => {
    const chosen = pick(listSuggestions(db, articleId), refs)
    for (const s of chosen) {
      insert.run(articleId, s.kind, s.start, s.end, text.slice(s.start, s.end), analyst.id, now.toISOString())
    }
  })()
  return listSuggestions(db, articleId)
}
