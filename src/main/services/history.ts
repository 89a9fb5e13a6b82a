// The analyst's undo history, kept in the corpus so that a crash never loses a done or undone step.
// A step records, for each annotation it touched, the state before and after. Undo writes the
// before-states back, redo the after-states; both refuse, changing nothing, when an annotation no
// longer stands as the step left it (a bundle import changed it since).
import type { Db } from '../db/connection'
import { insertRows, statement } from '../db/statements'
import { UserError } from '../../shared/errors'
import type { Analyst, Annotation } from '../../shared/model'
import type { AnnotationChange, HistoryState } from '../../shared/editing'
import { discardAnnotations, findAnnotations, insertAnnotations, replaceAnnotation } from './annotations'

interface StepRow {
  id: number
  label: string
}

interface ItemRow {
  annotation_id: string
  article_id: number
  before: string | null
  after: string | null
}

/** The step undo would take back (the last done one) or redo re-apply (the first undone one). */
function nextStep(db: Db, analyst: Analyst, direction: 'undo' | 'redo'): StepRow | undefined {
  const sql =
    direction === 'undo'
      ? 'SELECT id, label FROM change_step WHERE analyst_id = ? AND undone = 0 ORDER BY id DESC LIMIT 1'
      : 'SELECT id, label FROM change_step WHERE analyst_id = ? AND undone = 1 ORDER BY id LIMIT 1'
  return statement(db, sql).get(analyst.id) as StepRow | undefined
}

/** What the analyst can undo and redo now, by the steps' labels. */
export function historyState(db: Db, analyst: Analyst): HistoryState {
  return { undo: nextStep(db, analyst, 'undo')?.label ?? null, redo: nextStep(db, analyst, 'redo')?.label ?? null }
}

/**
 * Records a step the analyst has just done (inside the caller's transaction) and returns its id. A
 * new step forgets the steps that had been undone, as every editor does. A step that changed no
 * annotation is not recorded (null), unless `keepEmpty`: an adjudication that keeps both spans
 * changes none but is still a decision to undo.
 */
export function recordStep(
  db: Db,
  analyst: Analyst,
  label: string,
  changes: readonly AnnotationChange[],
  now: Date,
  keepEmpty = false
): number | null {
  if (changes.length === 0 && !keepEmpty) return null
  statement(db, 'DELETE FROM change_step WHERE analyst_id = ? AND undone = 1').run(analyst.id)
  const stepId = statement(db, 'INSERT INTO change_step (analyst_id, label, created) VALUES (?, ?, ?)').run(
    analyst.id,
    label,
    now.toISOString()
  ).lastInsertRowid
  const values = changes.flatMap((change, seq) => {
    const any = (change.after ?? change.before) as Annotation
    return [stepId, seq, any.id, any.articleId, json(change.before), json(change.after)]
  })
  insertRows(db, 'INSERT INTO change_item (step_id, seq, annotation_id, article_id, before, after)', 6, values)
  return Number(stepId)
}

const json = (annotation: Annotation | null): string | null => (annotation ? JSON.stringify(annotation) : null)
const parse = (text: string | null): Annotation | null => (text ? (JSON.parse(text) as Annotation) : null)

/** The parts of an annotation an edit can change; `modified` is left out, since undo stamps anew. */
function sameContent(a: Annotation | null, b: Annotation | null): boolean {
  if (!a || !b) return a === b
  return (
    a.tag === b.tag &&
    a.start === b.start &&
    a.end === b.end &&
    a.note === b.note &&
    JSON.stringify(a.attributes) === JSON.stringify(b.attributes)
  )
}

/**
 * Moves every annotation of a step from one state to the other, checking first that each stands as
 * expected. Returns the changes made, in the direction made.
 */
function apply(db: Db, step: StepRow, direction: 'undo' | 'redo', now: Date): AnnotationChange[] {
  const items = statement(
    db,
    'SELECT annotation_id, article_id, before, after FROM change_item WHERE step_id = ? ORDER BY seq'
  ).all(step.id) as ItemRow[]
  const stamp = now.toISOString()
  const currents = findAnnotations(
    db,
    items.map((item) => item.annotation_id)
  )
  const plan = items.map((item) => {
    const [from, to] =
      direction === 'undo' ? [parse(item.after), parse(item.before)] : [parse(item.before), parse(item.after)]
    const current = currents.get(item.annotation_id) ?? null
    if (!sameContent(current, from)) {
      const what = (from ?? to)?.quote.exact ?? item.annotation_id
      throw new UserError(
        `Cannot ${direction} "${step.label}": the annotation on "${clip(what)}" was changed since (by an import?).`
      )
    }
    return { current, to: to ? { ...to, modified: stamp } : null }
  })
  // A step names each annotation once, so its removals, insertions and replacements can each be
  // written together: a bulk tagging of thousands of spans undoes in a few statements.
  discardAnnotations(
    db,
    plan.flatMap(({ current, to }) => (to ? [] : [current as Annotation])),
    now
  )
  insertAnnotations(
    db,
    plan.flatMap(({ current, to }) => (to && !current ? [to] : []))
  )
  for (const { current, to } of plan) if (to && current) replaceAnnotation(db, to)
  return plan.map(({ current, to }) => ({ before: current, after: to }))
}

const clip = (text: string): string => (text.length > 40 ? `${text.slice(0, 39)}…` : text)

/**
 * Moves the analyst's history one step: undo takes back the last done step, redo re-applies the first
 * undone one. A UserError when there is nothing to move.
 */
function move(db: Db, analyst: Analyst, direction: 'undo' | 'redo', now: Date) {
  return db.transaction(() => {
    const step = nextStep(db, analyst, direction)
    if (!step) throw new UserError(`Nothing to ${direction}.`)
    const changes = apply(db, step, direction, now)
    statement(db, 'UPDATE change_step SET undone = ? WHERE id = ?').run(direction === 'undo' ? 1 : 0, step.id)
    return { label: step.label, changes }
  })()
}

/** Undoes the analyst's last done step; a UserError when there is none. */
export const undo = (db: Db, analyst: Analyst, now = new Date()): { label: string; changes: AnnotationChange[] } =>
  move(db, analyst, 'undo', now)

/** Redoes the analyst's first undone step; a UserError when there is none. */
export const redo = (db: Db, analyst: Analyst, now = new Date()): { label: string; changes: AnnotationChange[] } =>
  move(db, analyst, 'redo', now)
