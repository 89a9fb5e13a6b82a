// The adjudication view of an article: two analysts' annotations paired row by row, each row with
// the text around it and whether a decision in force has settled it.
import type { Db } from '../../db/connection'
import { statement } from '../../db/statements'
import { UserError } from '../../../shared/errors'
import type {
  AdjudicableArticle,
  Adjudication,
  AdjudicationChoice,
  AdjudicationRow,
  Analyst,
  AnalystCount,
  Annotation
} from '../../../shared/model'
import { listAnnotations } from '../annotations'
import { getArticle } from '../corpus'
import { contextOf } from '../search/keyword-in-context'
import { pairSpans } from './adjudication-pairs'

/** How much text each row shows around its spans, in UTF-16 code units each side. */
const CONTEXT_WIDTH = 80

/** The analysts who annotated an article, most annotations first (then by name). */
function analystsOf(annotations: readonly Annotation[]): AnalystCount[] {
  const counts = new Map<string, AnalystCount>()
  for (const { creator } of annotations) {
    const entry = counts.get(creator.id) ?? { analyst: creator, annotations: 0 }
    entry.annotations++
    counts.set(creator.id, entry)
  }
  return [...counts.values()].sort(
    (x, y) => y.annotations - x.annotations || x.analyst.name.localeCompare(y.analyst.name)
  )
}

/**
 * The two analysts to compare: the ones asked for, or the two with most annotations on the article.
 * An analyst asked for by id may have no annotations left here (adjudication dropped them all).
 */
function chooseAnalysts(
  db: Db,
  analysts: readonly AnalystCount[],
  askedA?: string,
  askedB?: string
): [Analyst, Analyst] {
  const find = (id: string): Analyst => {
    const found =
      analysts.find((entry) => entry.analyst.id === id)?.analyst ??
      (statement(db, 'SELECT id, name FROM analyst WHERE id = ?').get(id) as Analyst | undefined)
    if (!found) throw new UserError(`There is no analyst ${id} in this corpus.`)
    return found
  }
  const other = (than: string | undefined): Analyst => {
    const found = analysts.find((entry) => entry.analyst.id !== than)
    if (!found) throw new UserError('Fewer than two analysts annotated this article: there is nothing to adjudicate.')
    return found.analyst
  }
  const a = askedA ? find(askedA) : other(undefined)
  const b = askedB ? find(askedB) : other(a.id)
  if (a.id === b.id) throw new UserError('Choose two different analysts to compare.')
  return [a, b]
}

interface DecisionRow {
  analyst_a: string
  analyst_b: string
  annotation_a: string | null
  annotation_b: string | null
  decision: AdjudicationChoice
}

/**
 * The annotations that decisions in force (their undo step not undone) kept on this article between
 * these two analysts, in either order.
 */
export function keptByDecisions(db: Db, articleId: number, a: Analyst, b: Analyst): Set<string> {
  const rows = statement(
    db,
    `SELECT analyst_a, analyst_b, annotation_a, annotation_b, decision FROM adjudication_decision
     JOIN change_step ON change_step.id = adjudication_decision.step_id
     WHERE article_id = ? AND change_step.undone = 0`
  ).all(articleId) as DecisionRow[]
  const kept = new Set<string>()
  const pair = [a.id, b.id].sort().join(' ')
  for (const row of rows) {
    if ([row.analyst_a, row.analyst_b].sort().join(' ') !== pair) continue
    if (row.decision !== 'b' && row.annotation_a) kept.add(row.annotation_a)
    if (row.decision !== 'a' && row.annotation_b) kept.add(row.annotation_b)
  }
  return kept
}

/**
 * The text around [start, end). contextOf looks for the line's ends, which in a long text without
 * line breaks means scanning all of it; a window a little wider than the context keeps each row's
 * cost to its own neighbourhood (rows × text length was most of the view's time at 2,000 spans).
 */
function contextAround(text: string, start: number, end: number): AdjudicationRow['context'] {
  const offset = Math.max(0, start - CONTEXT_WIDTH - 2)
  const window = text.slice(offset, Math.min(text.length, end + CONTEXT_WIDTH + 2))
  const { before, match, after } = contextOf(window, start - offset, end - offset, CONTEXT_WIDTH)
  return { from: start - before.length, text: before + match + after }
}

export interface AdjudicationQuery {
  articleId: number
  analystA?: string
  analystB?: string
}

/** Two analysts' annotations of an article paired for adjudication; a UserError when fewer than two annotated it. */
export function getAdjudication(db: Db, { articleId, analystA, analystB }: AdjudicationQuery): Adjudication {
  const article = getArticle(db, articleId)
  const annotations = listAnnotations(db, articleId)
  const analysts = analystsOf(annotations)
  const [a, b] = chooseAnalysts(db, analysts, analystA, analystB)
  const kept = keptByDecisions(db, articleId, a, b)
  const pairs = pairSpans(
    annotations.filter((x) => x.creator.id === a.id),
    annotations.filter((x) => x.creator.id === b.id)
  )
  const rows = pairs.map((pair): AdjudicationRow => {
    const present = [pair.a, pair.b].filter((x): x is Annotation => x !== null)
    const start = Math.min(...present.map((x) => x.start))
    const end = Math.max(...present.map((x) => x.end))
    return {
      key: `${pair.a?.id ?? ''}/${pair.b?.id ?? ''}`,
      ...pair,
      settled: present.every((x) => kept.has(x.id)),
      context: contextAround(article.text, start, end)
    }
  })
  // An analyst whose every annotation here was dropped stays selectable, with none.
  const listed = [
    ...analysts,
    ...[a, b]
      .filter((x) => !analysts.some((e) => e.analyst.id === x.id))
      .map((analyst) => ({ analyst, annotations: 0 }))
  ]
  return { articleId, title: article.title, analysts: listed, a, b, rows }
}

/** Rows a decision is still wanted on: neither agreed nor settled. */
export const isOpen = (row: AdjudicationRow): boolean => !row.agreed && !row.settled

/** The articles that two or more analysts annotated, with the rows open between their two main analysts. */
export function listAdjudicable(db: Db): AdjudicableArticle[] {
  const ids = statement(
    db,
    'SELECT article_id FROM annotation GROUP BY article_id HAVING COUNT(DISTINCT creator_id) >= 2 ORDER BY article_id'
  )
    .pluck()
    .all() as number[]
  return ids.map((articleId) => {
    const view = getAdjudication(db, { articleId })
    return { articleId, title: view.title, analysts: view.analysts, open: view.rows.filter(isOpen).length }
  })
}
