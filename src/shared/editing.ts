// What an edit of annotations sends back to the renderer: every annotation it touched, before and
// after, so the view updates from main's rows without fetching the article again.
import type { Annotation, ArticleStatus, Attributes } from './model'

/** One annotation's state before and after a change; null where it did not (or no longer does) exist. */
export interface AnnotationChange {
  before: Annotation | null
  after: Annotation | null
}

/** The labels of the steps that undo and redo would apply now, or null. */
export interface HistoryState {
  undo: string | null
  redo: string | null
}

export interface EditResult {
  /** The step's label in the analyst's words ("Tag quote", "Undo retag"). */
  label: string
  changes: AnnotationChange[]
  /** Annotations per tag, after the change, of every article the change touched. */
  counts: Record<number, Record<string, number>>
  /** The status of every article the change touched (tagging a new article puts it in progress). */
  statuses: Record<number, ArticleStatus>
  history: HistoryState
}

/** What an edit of one annotation may change. Start and end move the span; the quote follows. */
export interface AnnotationPatch {
  tag?: string
  start?: number
  end?: number
  attributes?: Attributes
  note?: string
}

/** Applies an edit's changes to a list of an article's annotations, kept in reading order. */
export function applyChanges(rows: readonly Annotation[], articleId: number, changes: readonly AnnotationChange[]) {
  const byId = new Map(rows.map((row) => [row.id, row]))
  for (const { before, after } of changes) {
    if (before) byId.delete(before.id)
    if (after && after.articleId === articleId) byId.set(after.id, after)
  }
  return [...byId.values()].sort(readingOrder)
}

/** Reading order: by start, the longer of two spans that start together first, then by id. */
export const readingOrder = (a: Annotation, b: Annotation): number =>
  a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
