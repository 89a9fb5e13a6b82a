// The comparison of a story: its figures per unit, its quotes matched across outlets with each
// outlet's speaker, and its claims grouped by similarity. Every item carries its span.
import type { ComparedClaim, ComparedQuote, QuoteRow, StoryComparison } from '../../../shared/model'
import type { Db } from '../../db/connection'
import { getStory } from '../stories/stories'
import { compareFigures } from './compare-figures'
import { CLAIM_MATCH, matchSpans, QUOTE_MATCH } from './match-spans'
import { storyAnnotations, type StoryAnnotation } from './story-annotations'

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null)

const spanOf = ({ tag: _tag, attributes: _attributes, ...span }: StoryAnnotation) => span

/** Rows shared by several outlets first; within those, the order of first mention. */
const widestFirst = <R extends { items: { outlet: string }[] }>(rows: R[]): R[] =>
  rows
    .map((row, index) => ({ row, index, outlets: new Set(row.items.map((item) => item.outlet)).size }))
    .sort((x, y) => y.outlets - x.outlets || x.index - y.index)
    .map(({ row }) => row)

export function compareStory(db: Db, storyId: number): StoryComparison {
  const story = getStory(db, storyId)
  const annotations = storyAnnotations(db, storyId)
  const quotes: ComparedQuote[] = annotations
    .filter((a) => a.tag === 'quote')
    .map((a) => ({ ...spanOf(a), speaker: text(a.attributes.speaker) }))
  const claims: ComparedClaim[] = annotations
    .filter((a) => a.tag === 'claim')
    .map((a) => ({ ...spanOf(a), status: text(a.attributes.status), claimant: text(a.attributes.claimant) }))
  const quoteRows: QuoteRow[] = matchSpans(quotes, QUOTE_MATCH).map((row) => {
    const speakers = new Set(row.items.map((item) => item.speaker?.toLowerCase()).filter(Boolean))
    return { ...row, speakersDiffer: speakers.size > 1 }
  })
  return {
    story: { id: story.id, title: story.title },
    outlets: [...new Set(story.articles.map((a) => a.outlet ?? a.title))],
    figures: compareFigures(annotations),
    quotes: widestFirst(quoteRows),
    claims: widestFirst(matchSpans(claims, CLAIM_MATCH))
  }
}
