// The lineage of annotations across corpora: the versions each one replaced (annotation_history) and
// the deletions that travel with bundles (annotation_tombstone). Together they let a merge tell an old
// copy from a newer one, and a deletion from an annotation that was never here.
import type { Db } from '../db/connection'
import { IDS_PER_STATEMENT, insertRows, slicesOf, statement } from '../db/statements'
import type { Annotation } from '../../shared/model'

/** A deleted annotation as bundles carry it. */
export interface Tombstone {
  id: string
  /** SHA-256 of the text of the article the annotation was on. */
  articleSha: string
  /** ISO timestamp of the deletion. */
  deleted: string
  /** Analyst id of whoever deleted it, when known. */
  deletedBy: string | null
}

/** The JSON kept in annotation_history for one version; the same keys the database triggers write. */
export function versionJson(annotation: Omit<Annotation, 'articleId'>): string {
  return JSON.stringify({
    tag: annotation.tag,
    start: annotation.start,
    end: annotation.end,
    exact: annotation.quote.exact,
    prefix: annotation.quote.prefix,
    suffix: annotation.quote.suffix,
    attributes: annotation.attributes,
    note: annotation.note,
    creatorId: annotation.creator.id,
    created: annotation.created,
    modified: annotation.modified
  })
}

/** The `modified` stamps of every version of `id` known to be superseded, oldest first. */
export function lineageOf(db: Db, id: string): string[] {
  const rows = statement(db, 'SELECT modified FROM annotation_history WHERE annotation_id = ? ORDER BY modified').all(
    id
  ) as { modified: string }[]
  return rows.map((row) => row.modified)
}

/** The lineage of every annotation of an article, by annotation id (ids without history are absent). */
export function lineagesOfArticle(db: Db, articleId: number): Map<string, string[]> {
  const rows = statement(
    db,
    `SELECT annotation_id, modified FROM annotation_history
     WHERE annotation_id IN (SELECT id FROM annotation WHERE article_id = ?) ORDER BY annotation_id, modified`
  ).all(articleId) as { annotation_id: string; modified: string }[]
  const lineages = new Map<string, string[]>()
  for (const row of rows) lineages.set(row.annotation_id, [...(lineages.get(row.annotation_id) ?? []), row.modified])
  return lineages
}

/**
 * Records that the versions stamped `stamps` of `id` are superseded. A version's content, when given,
 * fills in a stamp that was known only by name; content already kept is never overwritten.
 */
export function recordLineage(db: Db, id: string, stamps: readonly string[], version?: Omit<Annotation, 'articleId'>) {
  const insert = statement(
    db,
    `INSERT INTO annotation_history (annotation_id, modified, version) VALUES (?, ?, ?)
     ON CONFLICT (annotation_id, modified) DO UPDATE SET version = excluded.version
     WHERE annotation_history.version IS NULL AND excluded.version IS NOT NULL`
  )
  for (const stamp of stamps) insert.run(id, stamp, null)
  if (version) insert.run(id, version.modified, versionJson(version))
}

/** Forgets that the version `modified` of `id` was superseded: it is current again (undo). */
export function reviveVersion(db: Db, id: string, modified: string): void {
  reviveVersions(db, [{ id, modified }])
}

/** reviveVersion of many annotations, a few statements for all of them. */
export function reviveVersions(db: Db, annotations: readonly { id: string; modified: string }[]): void {
  for (const slice of slicesOf(annotations, IDS_PER_STATEMENT)) {
    statement(
      db,
      `DELETE FROM annotation_history
       WHERE (annotation_id, modified) IN (SELECT value ->> 0, value ->> 1 FROM json_each(?))`
    ).run(JSON.stringify(slice.map(({ id, modified }) => [id, modified])))
    statement(db, 'DELETE FROM annotation_tombstone WHERE annotation_id IN (SELECT value FROM json_each(?))').run(
      JSON.stringify(slice.map(({ id }) => id))
    )
  }
}

interface TombstoneRow {
  annotation_id: string
  article_sha: string
  deleted: string
  deleted_by: string | null
}

const toTombstone = (row: TombstoneRow): Tombstone => ({
  id: row.annotation_id,
  articleSha: row.article_sha,
  deleted: row.deleted,
  deletedBy: row.deleted_by
})

export function findTombstone(db: Db, id: string): Tombstone | null {
  const row = statement(db, 'SELECT * FROM annotation_tombstone WHERE annotation_id = ?').get(id) as
    TombstoneRow | undefined
  return row ? toTombstone(row) : null
}

/**
 * Records a deletion. When the id has a tombstone already, the earlier deletion is kept, so that
 * merging the same tombstones in any order leaves the same row.
 */
export function writeTombstone(db: Db, tombstone: Tombstone): void {
  writeTombstones(db, [tombstone])
}

/** writeTombstone of many, a hundred to a statement. */
export function writeTombstones(db: Db, tombstones: readonly Tombstone[]): void {
  insertRows(
    db,
    'INSERT INTO annotation_tombstone (annotation_id, article_sha, deleted, deleted_by)',
    4,
    tombstones.flatMap((t) => [t.id, t.articleSha, t.deleted, t.deletedBy]),
    ` ON CONFLICT (annotation_id) DO UPDATE SET deleted = excluded.deleted, deleted_by = excluded.deleted_by
      WHERE excluded.deleted < annotation_tombstone.deleted`
  )
}

/** The tombstones of annotations on the articles whose texts hash to `shas`, by article then id. */
export function listTombstones(db: Db, shas: readonly string[]): Tombstone[] {
  const select = statement(db, 'SELECT * FROM annotation_tombstone WHERE article_sha = ? ORDER BY annotation_id')
  return shas.flatMap((sha) => (select.all(sha) as TombstoneRow[]).map(toTombstone))
}

/** Ids looked up per statement by knownAnnotationIds, passed as one JSON array. */
const IDS_PER_LOOKUP = 1000

/**
 * Which of `ids` this corpus knows, as an annotation or as a deletion: a thousand ids a statement
 * instead of two statements an id, for a merge of a large bundle whose ids are mostly new here.
 */
export function knownAnnotationIds(db: Db, ids: readonly string[]): Set<string> {
  const select = statement(
    db,
    `SELECT ids.value FROM json_each(?) AS ids
     WHERE EXISTS (SELECT 1 FROM annotation WHERE annotation.id = ids.value)
        OR EXISTS (SELECT 1 FROM annotation_tombstone WHERE annotation_tombstone.annotation_id = ids.value)`
  ).pluck()
  const known = new Set<string>()
  for (let at = 0; at < ids.length; at += IDS_PER_LOOKUP) {
    for (const id of select.all(JSON.stringify(ids.slice(at, at + IDS_PER_LOOKUP))) as string[]) known.add(id)
  }
  return known
}

/**
 * Most ids a corpus may hold for KnownIds to read them all at once: 200,000 ids are about 20 MiB and
 * 50 ms to read, less than looking up as many incoming ids one batch at a time.
 */
const READ_ALL_LIMIT = 200_000

/**
 * Which ids this corpus knows, for an import that asks batch after batch: every id read once when
 * the corpus holds few enough (none at all for a new corpus), else looked up per batch
 * (knownAnnotationIds). Ids the import itself writes are not added: a bundle names each id once.
 */
export class KnownIds {
  private readonly all: Set<string> | null

  constructor(
    private readonly db: Db,
    readAllLimit = READ_ALL_LIMIT
  ) {
    const held = statement(db, 'SELECT (SELECT count(*) FROM annotation) + (SELECT count(*) FROM annotation_tombstone)')
      .pluck()
      .get() as number
    this.all =
      held > readAllLimit
        ? null
        : new Set(
            statement(db, 'SELECT id FROM annotation UNION ALL SELECT annotation_id FROM annotation_tombstone')
              .pluck()
              .all() as string[]
          )
  }

  /** Which of `ids` the corpus knew when this was made. */
  of(ids: readonly string[]): Set<string> {
    const { all } = this
    if (!all) return knownAnnotationIds(this.db, ids)
    const known = new Set<string>()
    for (const id of ids) if (all.has(id)) known.add(id)
    return known
  }
}
