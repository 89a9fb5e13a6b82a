// Decides, for each annotation a bundle names (as a version or as a deletion), what merging it into
// this corpus means. Both sides are compared by lineage, not by clock: each version carries the
// `modified` stamps of the versions it supersedes, so "theirs descends from mine", "theirs is old
// news here" and "both changed since their common version" can be told apart. Nothing here writes.
import type { Db } from '../../db/connection'
import type { Annotation } from '../../../shared/model'
import { findTombstone, knownAnnotationIds, lineageOf, type Tombstone } from '../annotation-versions'
import { findAnnotation } from '../annotations'
import { sameAttributes } from './same-content'
import type { BundleTombstone } from './parse-bundle'
import type { PlannedAnnotation } from './plan-import'

/** This corpus's side of an annotation: its current version or its deletion. */
export type LocalSide = { kind: 'annotation'; annotation: Annotation } | { kind: 'deleted'; tombstone: Tombstone }

/** The bundle's side of an annotation. */
export type IncomingSide =
  { kind: 'annotation'; planned: PlannedAnnotation } | { kind: 'deleted'; tombstone: BundleTombstone }

/**
 * - `add`: this corpus has never seen the annotation;
 * - `unchanged`: theirs is ours, or a version ours already supersedes;
 * - `replace`: theirs supersedes ours (ours is in its lineage), or both are deletions;
 * - `conflict`: each side changed it since their common version.
 */
export type MergeKind = 'add' | 'unchanged' | 'replace' | 'conflict'

export interface MergeStep {
  kind: MergeKind
  id: string
  local: LocalSide | null
  incoming: IncomingSide
}

/** The `modified` stamp of a version, or the time of a deletion: the name of that state in lineages. */
export function stampOf(side: LocalSide | IncomingSide): string {
  if (side.kind === 'deleted') return side.tombstone.deleted
  return 'planned' in side ? side.planned.annotation.modified : side.annotation.modified
}

export function replacesOf(side: IncomingSide): string[] {
  return side.kind === 'deleted' ? side.tombstone.replaces : side.planned.replaces
}

function localSide(db: Db, id: string): LocalSide | null {
  const annotation = findAnnotation(db, id)
  if (annotation) return { kind: 'annotation', annotation }
  const tombstone = findTombstone(db, id)
  return tombstone ? { kind: 'deleted', tombstone } : null
}

/** Two versions with one stamp: the same version, unless a writer broke the rule that edits restamp. */
function sameVersion(local: LocalSide, incoming: IncomingSide): boolean {
  if (local.kind === 'deleted' || incoming.kind === 'deleted') return local.kind === incoming.kind
  const mine = local.annotation
  const theirs = incoming.planned.annotation
  return (
    mine.tag === theirs.tag &&
    mine.start === theirs.start &&
    mine.end === theirs.end &&
    mine.quote.exact === theirs.quote.exact &&
    mine.quote.prefix === theirs.quote.prefix &&
    mine.quote.suffix === theirs.quote.suffix &&
    sameAttributes(mine.attributes, theirs.attributes) &&
    mine.note === theirs.note
  )
}

/**
 * What merging one incoming side into the corpus `db` means. `known`, when given, holds every id the
 * corpus has (knownAnnotationIds); an id outside it is new here without a lookup.
 */
export function mergeStep(db: Db, id: string, incoming: IncomingSide, known?: ReadonlySet<string>): MergeStep {
  const local = known && !known.has(id) ? null : localSide(db, id)
  const step = (kind: MergeKind): MergeStep => ({ kind, id, local, incoming })
  if (!local) return step('add')
  const mine = stampOf(local)
  const theirs = stampOf(incoming)
  if (mine === theirs) return step(sameVersion(local, incoming) ? 'unchanged' : 'conflict')
  if (lineageOf(db, id).includes(theirs)) return step('unchanged')
  if (replacesOf(incoming).includes(mine)) return step('replace')
  // Two deletions of one annotation agree, whoever deleted it first.
  if (local.kind === 'deleted' && incoming.kind === 'deleted') return step('replace')
  return step('conflict')
}

/** The merge steps of a bundle's annotations and deletions, in bundle order (versions first). */
export function planMerge(db: Db, annotations: PlannedAnnotation[], tombstones: BundleTombstone[]): MergeStep[] {
  const known = knownAnnotationIds(db, [
    ...annotations.map((planned) => planned.annotation.id),
    ...tombstones.map((tombstone) => tombstone.id)
  ])
  return [
    ...annotations.map((planned) => mergeStep(db, planned.annotation.id, { kind: 'annotation', planned }, known)),
    ...tombstones.map((tombstone) => mergeStep(db, tombstone.id, { kind: 'deleted', tombstone }, known))
  ]
}
