// Writes the merge steps of a bundle with the importing analyst's choices for its conflicts. The
// caller runs this inside the import's one transaction.
import { v5 as uuidv5 } from 'uuid'
import type { Db } from '../../db/connection'
import { UserError } from '../../../shared/errors'
import type { Annotation, ConflictChoice } from '../../../shared/model'
import { recordLineage, writeTombstone } from '../annotation-versions'
import {
  findAnnotation,
  insertAnnotation,
  insertNewAnnotationRows,
  removeAnnotation,
  replaceAnnotation
} from '../annotations'
import { replacesOf, stampOf, type IncomingSide, type MergeStep } from './merge-plan'

/** Namespace of the ids given to "their" side of a conflict kept beside ours. */
const KEPT_BOTH_NAMESPACE = '6b1d7d1e-8f0e-4c58-a0a4-58e1f7a3c9b2'

export interface MergeCounts {
  added: number
  unchanged: number
  changed: number
  deleted: number
  resolved: number
  unresolved: string[]
}

/**
 * The id that their version of a conflicting annotation takes when both are kept: derived from the
 * annotation and their version, so that every corpus keeping both gives the copy the same id.
 */
export function keptBothId(id: string, theirs: Annotation | Omit<Annotation, 'articleId'>): string {
  return uuidv5(`${id}\n${theirs.modified}`, KEPT_BOTH_NAMESPACE)
}

function theirAnnotation(incoming: IncomingSide, articleIdOf: (sha: string) => number): Annotation | null {
  if (incoming.kind === 'deleted') return null
  return { ...incoming.planned.annotation, articleId: articleIdOf(incoming.planned.sourceSha) }
}

/** Makes their side the current state of the annotation; ours joins its history. */
function adopt(db: Db, step: MergeStep, articleIdOf: (sha: string) => number): void {
  const { id, local, incoming } = step
  const theirs = theirAnnotation(incoming, articleIdOf)
  if (theirs) {
    if (local?.kind === 'annotation') replaceAnnotation(db, theirs)
    else if (!local) {
      // "Keep both" earlier in this import may have added this very copy (same derived id, same
      // content); insertNewAnnotationRows then leaves it.
      insertNewAnnotationRows(db, [theirs])
    } else {
      if (local) recordLineage(db, id, [local.tombstone.deleted])
      insertAnnotation(db, theirs)
    }
  } else if (incoming.kind === 'deleted') {
    if (local?.kind === 'annotation') removeAnnotation(db, id)
    writeTombstone(db, incoming.tombstone)
    // Of two deletions the earlier stays current (writeTombstone); the later joins the lineage.
    if (local?.kind === 'deleted') {
      const later = [local.tombstone.deleted, incoming.tombstone.deleted].sort()[1]
      recordLineage(db, id, [later])
    }
  }
  recordLineage(db, id, replacesOf(incoming))
}

/** Keeps our side and records theirs as superseded, so the same conflict is not raised again. */
function keepMine(db: Db, step: MergeStep): void {
  const { id, local, incoming } = step
  const theirStamp = stampOf(incoming)
  const stamps = local && stampOf(local) === theirStamp ? [] : [theirStamp]
  const version = incoming.kind === 'annotation' && stamps.length > 0 ? incoming.planned.annotation : undefined
  recordLineage(db, id, [...replacesOf(incoming), ...stamps], version)
}

function resolve(db: Db, step: MergeStep, choice: ConflictChoice, articleIdOf: (sha: string) => number): void {
  if (choice === 'theirs') return adopt(db, step, articleIdOf)
  keepMine(db, step)
  if (choice === 'mine') return
  const theirs = theirAnnotation(step.incoming, articleIdOf)
  if (!theirs || step.local?.kind !== 'annotation') {
    throw new UserError(`Annotation ${step.id} was deleted on one side: keep mine or theirs, not both.`)
  }
  const copy = { ...theirs, id: keptBothId(step.id, theirs) }
  if (!findAnnotation(db, copy.id)) insertAnnotation(db, copy)
}

/** How many new annotations are held back before they are written together. */
const NEW_ANNOTATIONS_HELD = 1000

/**
 * The annotations this corpus has never seen, held back and written many to a statement (see
 * insertNewAnnotationRows), each followed by its lineage, as `adopt` would write them one by one. The
 * caller writes them before any other step, so that every step sees the corpus in bundle order.
 */
class NewAnnotations {
  private held: { annotation: Annotation; replaces: string[] }[] = []

  constructor(
    private readonly db: Db,
    private readonly articleIdOf: (sha: string) => number
  ) {}

  hold({ planned }: Extract<IncomingSide, { kind: 'annotation' }>): void {
    const annotation = { ...planned.annotation, articleId: this.articleIdOf(planned.sourceSha) }
    this.held.push({ annotation, replaces: planned.replaces })
    if (this.held.length >= NEW_ANNOTATIONS_HELD) this.write()
  }

  write(): void {
    if (this.held.length === 0) return
    insertNewAnnotationRows(
      this.db,
      this.held.map((held) => held.annotation)
    )
    for (const { annotation, replaces } of this.held) recordLineage(this.db, annotation.id, replaces)
    this.held = []
  }
}

/**
 * Writes merge steps as they come, in order; a conflict is settled by `choices[id]`, and one without a
 * choice is left as it is and listed as unresolved. `finish` gives the counts once every step is in.
 */
export class MergeWriter {
  readonly counts: MergeCounts = { added: 0, unchanged: 0, changed: 0, deleted: 0, resolved: 0, unresolved: [] }
  private readonly conflicting = new Set<string>()
  private readonly newAnnotations: NewAnnotations

  constructor(
    private readonly db: Db,
    private readonly choices: Readonly<Record<string, ConflictChoice>>,
    private readonly articleIdOf: (sha: string) => number
  ) {
    this.newAnnotations = new NewAnnotations(db, articleIdOf)
  }

  write(steps: Iterable<MergeStep>): void {
    const { db, counts, articleIdOf } = this
    for (const step of steps) {
      const { kind, id, local, incoming } = step
      if (kind === 'add' && local === null && incoming.kind === 'annotation') {
        this.newAnnotations.hold(incoming)
        counts.added++
        continue
      }
      this.newAnnotations.write()
      if (kind === 'add') {
        adopt(db, step, articleIdOf)
        if (incoming.kind === 'annotation') counts.added++
      } else if (kind === 'unchanged') {
        const stale = local !== null && stampOf(local) !== stampOf(incoming)
        const version = stale && incoming.kind === 'annotation' ? incoming.planned.annotation : undefined
        recordLineage(db, id, replacesOf(incoming), version)
        counts.unchanged++
      } else if (kind === 'replace') {
        adopt(db, step, articleIdOf)
        if (incoming.kind === 'annotation') counts.changed++
        else if (local?.kind === 'annotation') counts.deleted++
      } else {
        this.conflicting.add(id)
        const choice = this.choices[id]
        if (choice === undefined) counts.unresolved.push(id)
        else {
          resolve(db, step, choice, articleIdOf)
          counts.resolved++
        }
      }
    }
    this.newAnnotations.write()
  }

  /**
   * The counts of everything written; a UserError when a choice names an annotation that was not in
   * conflict, for the caller's transaction to undo the import.
   */
  finish(): MergeCounts {
    const stray = Object.keys(this.choices).find((id) => !this.conflicting.has(id))
    if (stray) throw new UserError(`Annotation ${stray} is not in conflict in this bundle; nothing was imported.`)
    return this.counts
  }
}

/** Writes `steps` with the importing analyst's `choices` (MergeWriter) and gives the counts. */
export function applyMerge(
  db: Db,
  steps: MergeStep[],
  choices: Readonly<Record<string, ConflictChoice>>,
  articleIdOf: (sha: string) => number
): MergeCounts {
  const writer = new MergeWriter(db, choices, articleIdOf)
  writer.write(steps)
  return writer.finish()
}
