// Applies one adjudication decision: keep analyst A's version of a row, B's, or both. The version not
// kept is deleted through the editor's path, so it leaves a tombstone that bundles carry, stays in
// the annotation's history, and comes back with undo. Each decision is one undo step.
import type { Db } from '../../db/connection'
import { statement } from '../../db/statements'
import { UserError } from '../../../shared/errors'
import type { AnnotationChange, EditResult } from '../../../shared/editing'
import type { AdjudicationChoice, AdjudicationRow, Analyst, Annotation } from '../../../shared/model'
import { discardAnnotation } from '../annotations'
import { editResult } from '../editing'
import { recordStep } from '../history'
import { getAdjudication } from './adjudication'

export interface AdjudicationDecision {
  articleId: number
  analystA: string
  analystB: string
  /** The row, by its annotations as the analyst saw them (null: that side had none). */
  a: string | null
  b: string | null
  choice: AdjudicationChoice
}

const side = (annotation: Annotation | null, name: string) => (annotation ? `${name}’s ${annotation.tag}` : null)

/** The step's label in the analyst's words: "Adjudicate: keep Ana’s claim", "… drop Ben’s quote". */
function labelOf(row: AdjudicationRow, a: Analyst, b: Analyst, choice: AdjudicationChoice): string {
  if (choice === 'both') {
    const tags = new Set([row.a?.tag, row.b?.tag].filter(Boolean))
    return row.a && row.b
      ? `Adjudicate: keep both ${tags.size === 1 ? `${row.a.tag}s` : 'spans'}`
      : `Adjudicate: keep ${side(row.a, a.name) ?? side(row.b, b.name)}`
  }
  const [kept, dropped] =
    choice === 'a' ? [side(row.a, a.name), side(row.b, b.name)] : [side(row.b, b.name), side(row.a, a.name)]
  return kept ? `Adjudicate: keep ${kept}` : `Adjudicate: drop ${dropped}`
}

/**
 * Keeps one side of a row (or both) as one undo step and records the decision, so the row no longer
 * shows as open. Refused, changing nothing, when the row no longer stands as the analyst saw it.
 */
export function adjudicate(db: Db, analyst: Analyst, decision: AdjudicationDecision, now = new Date()): EditResult {
  return db.transaction(() => {
    const view = getAdjudication(db, decision)
    const row = view.rows.find((r) => (r.a?.id ?? null) === decision.a && (r.b?.id ?? null) === decision.b)
    if (!row) {
      throw new UserError(
        'This row has changed since the adjudication view was drawn (an edit, an undo or an import); look again and decide.'
      )
    }
    const dropped = decision.choice === 'a' ? row.b : decision.choice === 'b' ? row.a : null
    const changes: AnnotationChange[] = []
    if (dropped) {
      discardAnnotation(db, dropped, now)
      changes.push({ before: dropped, after: null })
    }
    const label = labelOf(row, view.a, view.b, decision.choice)
    const stepId = recordStep(db, analyst, label, changes, now, true)
    statement(
      db,
      `INSERT INTO adjudication_decision (step_id, article_id, analyst_a, analyst_b, annotation_a, annotation_b, decision, decided)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
    ).run(stepId, decision.articleId, view.a.id, view.b.id, decision.a, decision.b, decision.choice, now.toISOString())
    return editResult(db, analyst, label, changes)
  })()
}
