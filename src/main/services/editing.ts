// The analyst's edits of annotations: each runs in one transaction, is recorded as one undo step and
// returns every annotation it touched. Bulk tagging uses the same path, so it is one step too.
import type { Db } from '../db/connection'
import { statement } from '../db/statements'
import { UserError } from '../../shared/errors'
import type { AnnotationChange, AnnotationPatch, EditResult } from '../../shared/editing'
import type { Analyst, Annotation, ArticleStatus } from '../../shared/model'
import { quoteAt, spanProblem } from '../../shared/text-quote'
import { checkAttributes } from '../../shared/attributes'
import {
  assertTag,
  checkedAttributes,
  draftAnnotations,
  findAnnotation,
  insertAnnotations,
  discardAnnotations,
  replaceAnnotation,
  type NewAnnotation
} from './annotations'
import { articleText } from './corpus'
import { historyState, recordStep, redo, undo } from './history'

/** Annotations per tag of each article, for the corpus list and the tag bar. */
export function countsOf(db: Db, articleIds: Iterable<number>): Record<number, Record<string, number>> {
  const query = statement(db, 'SELECT tag, COUNT(*) AS n FROM annotation WHERE article_id = ? GROUP BY tag')
  const counts: Record<number, Record<string, number>> = {}
  for (const id of new Set(articleIds)) {
    counts[id] = Object.fromEntries((query.all(id) as { tag: string; n: number }[]).map((row) => [row.tag, row.n]))
  }
  return counts
}

/** What an edit sends back: its changes, the touched articles' counts and statuses, and the history. */
export function editResult(db: Db, analyst: Analyst, label: string, changes: AnnotationChange[]): EditResult {
  const articles = [...new Set(changes.map((change) => (change.after ?? change.before)!.articleId))]
  const status = statement(db, 'SELECT status FROM article WHERE id = ?').pluck()
  const statuses = Object.fromEntries(articles.map((id) => [id, status.get(id) as ArticleStatus]))
  return { label, changes, counts: countsOf(db, articles), statuses, history: historyState(db, analyst) }
}

/** Tagging an article the analyst has not started puts it in progress. */
function markStarted(db: Db, articleIds: Iterable<number>): void {
  statement(
    db,
    `UPDATE article SET status = 'in_progress' WHERE status = 'new' AND id IN (SELECT value FROM json_each(?))`
  ).run(JSON.stringify([...new Set(articleIds)]))
}

/** Runs `edit` in a transaction, records its changes as one step and returns them. */
function asStep(db: Db, analyst: Analyst, label: string, now: Date, edit: () => AnnotationChange[]): EditResult {
  return db.transaction(() => {
    const changes = edit()
    recordStep(db, analyst, label, changes, now)
    return editResult(db, analyst, label, changes)
  })()
}

/** Creates annotations as one step ("Tag quote", or "Tag all matches of …"). */
export function createAnnotations(
  db: Db,
  analyst: Analyst,
  inputs: readonly NewAnnotation[],
  label = inputs.length === 1 ? `Tag ${inputs[0].tag}` : `Tag ${inputs.length} spans`,
  now = new Date()
): EditResult {
  return asStep(db, analyst, label, now, () => {
    const annotations = draftAnnotations(db, analyst, inputs, now)
    insertAnnotations(db, annotations)
    markStarted(
      db,
      inputs.map((input) => input.articleId)
    )
    return annotations.map((after) => ({ before: null, after }))
  })
}

function existing(db: Db, id: string): Annotation {
  const annotation = findAnnotation(db, id)
  if (!annotation) throw new UserError(`There is no annotation ${id}; it may have been deleted.`)
  return annotation
}

/** The label of an edit, in the analyst's words. */
function labelOf(before: Annotation, patch: AnnotationPatch): string {
  if (patch.tag !== undefined && patch.tag !== before.tag) return `Retag ${before.tag} as ${patch.tag}`
  if (patch.start !== undefined || patch.end !== undefined) return `Resize ${before.tag}`
  if (patch.attributes !== undefined) return `Edit ${before.tag} attributes`
  return `Edit ${before.tag} note`
}

/**
 * The annotation with `patch` applied. On a retag, attributes the new tag does not have are dropped
 * (the step keeps them, so undo brings them back).
 */
function patched(db: Db, before: Annotation, patch: AnnotationPatch, now: Date): Annotation {
  const tag = patch.tag ?? before.tag
  if (tag !== before.tag) assertTag(db, tag)
  const start = patch.start ?? before.start
  const end = patch.end ?? before.end
  const text = articleText(db, before.articleId)
  const problem = spanProblem(text, start, end)
  if (problem) throw new UserError(`Cannot move the ${before.tag}'s span: ${problem}.`)
  const attributes =
    patch.attributes !== undefined
      ? checkedAttributes(tag, patch.attributes)
      : Object.fromEntries(
          Object.entries(before.attributes).filter(([key, value]) => checkAttributes(tag, { [key]: value }).ok)
        )
  return {
    ...before,
    tag,
    start,
    end,
    quote: start === before.start && end === before.end ? before.quote : quoteAt(text, start, end),
    attributes,
    note: patch.note ?? before.note,
    modified: now.toISOString()
  }
}

/** Changes one annotation (tag, extent, attributes, note) as one step. */
export function updateAnnotation(db: Db, analyst: Analyst, id: string, patch: AnnotationPatch, now = new Date()) {
  const before = existing(db, id)
  return asStep(db, analyst, labelOf(before, patch), now, () => {
    const after = patched(db, before, patch, now)
    replaceAnnotation(db, after)
    return [{ before, after }]
  })
}

/** Deletes annotations as one step. */
export function deleteAnnotations(db: Db, analyst: Analyst, ids: readonly string[], now = new Date()): EditResult {
  const first = ids.length === 1 ? existing(db, ids[0]) : null
  const label = first ? `Delete ${first.tag}` : `Delete ${ids.length} annotations`
  return asStep(db, analyst, label, now, () => {
    const befores = [...new Set(ids)].map((id) => existing(db, id))
    discardAnnotations(db, befores, now)
    return befores.map((before) => ({ before, after: null }))
  })
}

/** Undoes the analyst's last step. */
export function undoStep(db: Db, analyst: Analyst, now = new Date()): EditResult {
  return db.transaction(() => {
    const { label, changes } = undo(db, analyst, now)
    return editResult(db, analyst, `Undo ${lowerFirst(label)}`, changes)
  })()
}

/** Redoes the analyst's last undone step. */
export function redoStep(db: Db, analyst: Analyst, now = new Date()): EditResult {
  return db.transaction(() => {
    const { label, changes } = redo(db, analyst, now)
    return editResult(db, analyst, `Redo ${lowerFirst(label)}`, changes)
  })()
}

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1)
