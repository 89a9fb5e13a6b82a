import { v7 as uuidv7 } from 'uuid'
import type { Db } from '../db/connection'
import { IDS_PER_STATEMENT, insertRows, slicesOf, statement } from '../db/statements'
import { checkAttributes } from '../../shared/attributes'
import { UserError } from '../../shared/errors'
import type { Analyst, Annotation, Attributes, Provenance } from '../../shared/model'
import { quoteAt, spanProblem } from '../../shared/text-quote'
import { reviveVersions, writeTombstones } from './annotation-versions'
import { articleText } from './corpus'
import { getProfile } from './profile'
import { ANNOTATION_INDEX, writeUnindexed } from './search-backlog'
import { ANNOTATION_COLUMNS, annotationFromRowValues, annotationRowValues } from './annotation-row'

/**
 * An annotation as SQLite returns it in raw mode: its row values in annotationRowValues' order, then
 * its creator's name. listAnnotations reads thousands of rows per article, and building an object per
 * row with named columns took about twice as long as reading them as arrays (20 against 12 ms for
 * 2,000 rows).
 */
type AnnotationRow = unknown[]

const SELECT = `SELECT annotation.id, article_id, tag, start_u16, end_u16, exact, prefix, suffix, attributes, note,
  creator_id, created, modified, provenance, analyst.name
  FROM annotation JOIN analyst ON analyst.id = annotation.creator_id`

const toAnnotation = (row: AnnotationRow): Annotation =>
  annotationFromRowValues(row, 0, { id: row[10] as string, name: row[ANNOTATION_COLUMNS] as string })

/** An article's annotations in reading order (start, then longer spans first). */
export function listAnnotations(db: Db, articleId: number): Annotation[] {
  const list = statement(db, `${SELECT} WHERE article_id = ? ORDER BY start_u16, end_u16 DESC, annotation.id`).raw()
  return (list.all(articleId) as AnnotationRow[]).map(toAnnotation)
}

/** The ids of an article's annotations, in the order listAnnotations gives them. */
export function listAnnotationIds(db: Db, articleId: number): string[] {
  const rows = statement(db, 'SELECT id FROM annotation WHERE article_id = ? ORDER BY start_u16, end_u16 DESC, id').all(
    articleId
  ) as { id: string }[]
  return rows.map((row) => row.id)
}

/** One annotation, or null. */
export function findAnnotation(db: Db, id: string): Annotation | null {
  const row = statement(db, `${SELECT} WHERE annotation.id = ?`).raw().get(id) as AnnotationRow | undefined
  return row ? toAnnotation(row) : null
}

/** The annotations of those `ids` that exist, by id. */
export function findAnnotations(db: Db, ids: readonly string[]): Map<string, Annotation> {
  const found = new Map<string, Annotation>()
  const select = statement(db, `${SELECT} WHERE annotation.id IN (SELECT value FROM json_each(?))`).raw()
  for (const slice of slicesOf(ids, IDS_PER_STATEMENT)) {
    for (const row of select.all(JSON.stringify(slice)) as AnnotationRow[]) {
      const annotation = toAnnotation(row)
      found.set(annotation.id, annotation)
    }
  }
  return found
}

export function assertTag(db: Db, tag: string): void {
  if (!statement(db, 'SELECT 1 FROM tag WHERE name = ?').get(tag)) throw new UserError(`There is no tag "${tag}".`)
}

/**
 * Writes an annotation exactly as given (id, times and creator included); used by create, import and
 * undo. An annotation inserted again after its deletion loses its tombstone and is current again.
 */
export function insertAnnotation(db: Db, annotation: Annotation): void {
  insertAnnotations(db, [annotation])
}

/**
 * From how many annotations a write takes the bulk path: it takes the search index's insert trigger
 * out and puts it back (search-backlog.ts), which costs more than it saves for a few, and a single
 * tag from the keyboard must stay quick.
 */
const BULK_FROM = 50

/**
 * insertAnnotation of many (a bulk tagging, the undo of a bulk deletion): a hundred rows to a
 * statement and, for BULK_FROM or more, the search index taking them all in one statement instead of
 * a trigger run per row, which cost most of bulk tagging's time.
 */
export function insertAnnotations(db: Db, annotations: readonly Annotation[]): void {
  reviveVersions(db, annotations)
  const write = () => insertRows(db, ANNOTATION_INSERT, ANNOTATION_COLUMNS, annotations.flatMap(annotationRowValues))
  if (annotations.length >= BULK_FROM) writeUnindexed(db, ANNOTATION_INDEX, 'now', write)
  else write()
}

/** An annotation as the named parameters of the annotation table's columns. */
const rowParams = (annotation: Annotation) => ({
  ...annotation,
  ...annotation.quote,
  attributes: JSON.stringify(annotation.attributes),
  creatorId: annotation.creator.id,
  provenance: annotation.provenance ? JSON.stringify(annotation.provenance) : null
})

const ANNOTATION_INSERT =
  'INSERT INTO annotation (id, article_id, tag, start_u16, end_u16, exact, prefix, suffix, attributes, note, creator_id, created, modified, provenance)'

/**
 * Writes annotation rows alone, given as their values one row after another (annotationRowValues),
 * many to a statement: for annotations the corpus has never seen (no tombstone, no history) that a
 * merge adds, where insertAnnotation's clean-up would cost two deletes per annotation. An id the
 * corpus already holds is left as it is: a copy that "keep both" made earlier in the same import,
 * with the same content. The rows join the full-text index in one statement at the end, or with
 * `index` 'later' once the import has answered, not by the trigger run per row (search-backlog.ts).
 * All or nothing: a failure leaves no row of the call behind.
 */
export function insertAnnotationRows(db: Db, values: readonly unknown[], index: 'now' | 'later' = 'now'): void {
  writeUnindexed(db, ANNOTATION_INDEX, index, () =>
    insertRows(db, ANNOTATION_INSERT, ANNOTATION_COLUMNS, values, ' ON CONFLICT (id) DO NOTHING')
  )
}

/** insertAnnotationRows of whole annotations. */
export function insertNewAnnotationRows(db: Db, annotations: readonly Annotation[]): void {
  insertAnnotationRows(db, annotations.flatMap(annotationRowValues))
}

export interface NewAnnotation {
  articleId: number
  tag: string
  start: number
  end: number
  attributes?: Attributes
  note?: string
  /** Which rule proposed the span and who accepted it, for annotations made in bulk (issue 4). */
  provenance?: Provenance
}

/**
 * The annotation `input` describes, checked against its article's text and the tag set, with a new
 * id; not yet stored. Throws a UserError naming the problem.
 */
export function draftAnnotation(db: Db, creator: Analyst, input: NewAnnotation, now = new Date()): Annotation {
  assertTag(db, input.tag)
  // Only the text: the whole article is ten times slower to read.
  return draftIn(articleText(db, input.articleId), creator, input, now)
}

/**
 * draftAnnotation of each input, reading each article's text and checking each tag once: bulk tagging
 * drafts thousands of annotations over a few articles and tags.
 */
export function draftAnnotations(
  db: Db,
  creator: Analyst,
  inputs: readonly NewAnnotation[],
  now = new Date()
): Annotation[] {
  const texts = new Map<number, string>()
  const tags = new Set<string>()
  return inputs.map((input) => {
    if (!tags.has(input.tag)) {
      assertTag(db, input.tag)
      tags.add(input.tag)
    }
    let text = texts.get(input.articleId)
    if (text === undefined) texts.set(input.articleId, (text = articleText(db, input.articleId)))
    return draftIn(text, creator, input, now)
  })
}

/** The annotation `input` describes in its article's `text`, whose tag is known to exist. */
function draftIn(text: string, creator: Analyst, input: NewAnnotation, now: Date): Annotation {
  const problem = spanProblem(text, input.start, input.end)
  if (problem) throw new UserError(`Cannot tag this selection: ${problem}.`)
  const stamp = now.toISOString()
  return {
    id: uuidv7({ msecs: now.getTime() }),
    articleId: input.articleId,
    tag: input.tag,
    start: input.start,
    end: input.end,
    quote: quoteAt(text, input.start, input.end),
    attributes: checkedAttributes(input.tag, input.attributes ?? {}),
    note: input.note ?? '',
    creator,
    created: stamp,
    modified: stamp,
    ...(input.provenance ? { provenance: input.provenance } : {})
  }
}

/** Attributes cleaned for `tag`, or a UserError naming the field at fault. */
export function checkedAttributes(tag: string, attributes: Attributes): Attributes {
  const checked = checkAttributes(tag, attributes)
  if (!checked.ok) throw new UserError(`Cannot set the ${tag}'s attributes: ${checked.problem}.`)
  return checked.attributes
}

/** Tags [start, end) of an article for `creator` and returns the stored annotation. */
export function createAnnotation(db: Db, creator: Analyst, input: NewAnnotation, now = new Date()): Annotation {
  return db.transaction(() => {
    const annotation = draftAnnotation(db, creator, input, now)
    insertAnnotation(db, annotation)
    return annotation
  })()
}

/**
 * Removes an annotation and says which article it belonged to. The deletion leaves a tombstone
 * (stamped `now`, by the analyst of this corpus) that bundles carry to other corpora, and the deleted
 * version stays in the annotation's history.
 */
export function deleteAnnotation(db: Db, id: string, now = new Date()): { id: string; articleId: number } {
  return db.transaction(() => {
    const existing = findAnnotation(db, id)
    if (!existing) throw new UserError(`There is no annotation ${id}; it may already have been deleted.`)
    discardAnnotation(db, existing, now)
    return { id, articleId: existing.articleId }
  })()
}

/**
 * Values of an attribute already used in the corpus (speakers, claimants), most used first, that
 * start with `prefix` (any case); for completion in the attributes panel.
 */
export function listAttributeValues(db: Db, attribute: 'speaker' | 'claimant', prefix = ''): string[] {
  return db
    .prepare(
      `SELECT json_extract(attributes, '$.' || @attribute) AS value FROM annotation
       WHERE value IS NOT NULL AND value LIKE @like ESCAPE '\\'
       GROUP BY value ORDER BY COUNT(*) DESC, value LIMIT 50`
    )
    .pluck()
    .all({ attribute, like: `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%` }) as string[]
}

/**
 * Overwrites the stored version of an annotation with another version of it (a merge taking the
 * bundle's side); the replaced version goes to the annotation's history.
 */
export function replaceAnnotation(db: Db, annotation: Annotation): void {
  statement(
    db,
    `UPDATE annotation SET article_id = @articleId, tag = @tag, start_u16 = @start, end_u16 = @end, exact = @exact,
       prefix = @prefix, suffix = @suffix, attributes = @attributes, note = @note, creator_id = @creatorId,
       created = @created, modified = @modified, provenance = @provenance
     WHERE id = @id`
  ).run(rowParams(annotation))
}

/** Removes an annotation deleted elsewhere; the caller writes the tombstone that came with it. */
export function removeAnnotation(db: Db, id: string): void {
  statement(db, 'DELETE FROM annotation WHERE id = ?').run(id)
}

/**
 * Removes an annotation the analyst deleted here (directly, or by undoing its creation), leaving a
 * tombstone that bundles carry to other corpora; the deleted version stays in its history.
 */
export function discardAnnotation(db: Db, annotation: Annotation, now = new Date()): void {
  discardAnnotations(db, [annotation], now)
}

/** discardAnnotation of many, a few statements for all of them. */
export function discardAnnotations(db: Db, annotations: readonly Annotation[], now = new Date()): void {
  const ids = annotations.map((annotation) => annotation.id)
  for (const slice of slicesOf(ids, IDS_PER_STATEMENT)) {
    statement(db, 'DELETE FROM annotation WHERE id IN (SELECT value FROM json_each(?))').run(JSON.stringify(slice))
  }
  const shaOf = statement(db, 'SELECT sha256 FROM article WHERE id = ?').pluck()
  const shas = new Map<number, string>()
  const articleSha = (articleId: number) => {
    let sha = shas.get(articleId)
    if (sha === undefined) shas.set(articleId, (sha = shaOf.get(articleId) as string))
    return sha
  }
  const deleted = now.toISOString()
  const deletedBy = getProfile(db)?.id ?? null
  writeTombstones(
    db,
    annotations.map(({ id, articleId }) => ({ id, articleSha: articleSha(articleId), deleted, deletedBy }))
  )
}
