// Importing a bundle while its annotations are still being read. The manifest, articles and
// tombstones are read here and the bundle's articles written; meanwhile a reader (on a worker thread
// when the host has one: annotation-reader.ts, reader-thread.ts) inflates and parses
// annotations.jsonld and sends it back in batches of rows, which are written as they come: rows new to
// this corpus straight into the table, the rest through the merge (merge-plan.ts, apply-merge.ts).
// The caller runs this in one transaction: a problem found in the last batch undoes the first.
import type { Db } from '../../db/connection'
import { UserError } from '../../../shared/errors'
import type { Analyst, BundleImportReport, ConflictChoice, Tag } from '../../../shared/model'
import { KnownIds, recordLineage } from '../annotation-versions'
import { ANNOTATION_COLUMNS, annotationFromRowValues } from '../annotation-row'
import { insertAnnotationRows } from '../annotations'
import { insertArticle } from '../corpus'
import { insertOrphan } from '../orphans'
import { ARTICLE_INDEX, writeUnindexed } from '../search-backlog'
import { ensureTags, upsertAnalyst } from '../profile'
import type { ZipEntry } from '../zip-entries'
import type { AnnotationBatch } from './annotation-reader'
import { MergeWriter, type MergeCounts } from './apply-merge'
import { bundleError } from './bundle-error'
import {
  ANNOTATIONS_FILE,
  ARTICLES_FILE,
  MANIFEST_FILE,
  TOMBSTONES_FILE,
  type BundleArticle,
  type BundleManifest
} from './bundle-schema'
import { openBundleZip, type BundleZip } from './bundle-zip'
import { mergeStep, type MergeStep } from './merge-plan'
import {
  checkCount,
  parseArticles,
  parseJson,
  parseManifest,
  parseTombstones,
  type BundleTombstone
} from './parse-bundle'
import { measured, type PhaseClock } from './phase-clock'
import { AnnotationPlanner, knownTagNames, planArticles, type ArticlePlan, type PlannedAnnotation } from './plan-import'
import { startAnnotationReader, type ReaderThread } from './reader-thread'
import type { BundleAnnotation } from './web-annotation'

/** Thrown when annotations.jsonld must be read whole, the slower way that names every problem. */
export class NeedsWholeFile extends Error {}

export interface StreamOptions {
  /** The thread that reads annotations beside the writing; without it (or unbuilt) they are read in line. */
  reader?: ReaderThread
  clock?: PhaseClock
}

/** The report of an import, from what it wrote. */
export function importReport(
  file: string,
  articles: { added: number; existing: number },
  counts: MergeCounts,
  orphans: number
): BundleImportReport {
  return {
    file,
    articlesAdded: articles.added,
    articlesExisting: articles.existing,
    annotationsAdded: counts.added,
    annotationsUnchanged: counts.unchanged,
    annotationsConflicting: counts.unresolved.length,
    conflicts: counts.unresolved,
    annotationsChanged: counts.changed,
    annotationsDeleted: counts.deleted,
    conflictsResolved: counts.resolved,
    orphans
  }
}

function entryOf(fileName: string, zip: BundleZip, name: string): ZipEntry {
  const entry = zip.entries.get(name)
  if (!entry) throw bundleError(fileName, `is not a complete bundle: ${name} is missing`)
  return entry
}

interface BundleFiles {
  manifest: BundleManifest
  articles: BundleArticle[]
  tombstones: BundleTombstone[]
}

/** The bundle's files but its annotations, read and checked. */
function readFiles(fileName: string, zip: BundleZip, clock?: PhaseClock): BundleFiles {
  const json = (name: string) => {
    const bytes = measured(clock, 'unzip', () => zip.read(entryOf(fileName, zip, name)))
    return measured(clock, 'JSON.parse', () => parseJson(fileName, name, bytes))
  }
  const check = <T>(work: () => T) => measured(clock, 'validate', work)
  const manifestJson = json(MANIFEST_FILE)
  const manifest = check(() => parseManifest(fileName, manifestJson))
  const articlesJson = json(ARTICLES_FILE)
  const articles = check(() => parseArticles(fileName, articlesJson))
  checkCount(fileName, 'articles', manifest.articles, articles.length)
  if (manifest.version === 1) return { manifest, articles, tombstones: [] }
  const tombstonesJson = json(TOMBSTONES_FILE)
  const tombstones = check(() => parseTombstones(fileName, tombstonesJson))
  checkCount(fileName, 'tombstones', manifest.tombstones ?? 0, tombstones.length)
  return { manifest, articles, tombstones }
}

/**
 * Writes the bundle's tags and the articles the corpus lacks; the local id of every article, by
 * SHA-256. Each article's hash was checked against its text when the articles were read. The new
 * articles join the search index once the import has answered (search-backlog.ts).
 */
export function writeArticles(
  db: Db,
  tags: readonly Tag[],
  plan: Pick<ArticlePlan, 'newArticles' | 'existingArticles'>
): Map<string, number> {
  ensureTags(db, tags)
  const ids = new Map(plan.existingArticles)
  if (plan.newArticles.length === 0) return ids
  writeUnindexed(db, ARTICLE_INDEX, 'later', () => {
    for (const article of plan.newArticles) {
      const draft = { ...article, rawText: article.rawText ?? article.text, removed: article.removed ?? [] }
      ids.set(article.sha256, insertArticle(db, draft, article.sourceFile, article.importedAt, article.sha256))
    }
  })
  return ids
}

/** Writes the batches of one import as they come. */
class BatchWriter {
  private readonly creators = new Map<string, Analyst>()
  private readonly shaOfId = new Map<number, string>()
  private readonly knownIds: KnownIds

  constructor(
    private readonly db: Db,
    private readonly fileName: string,
    private readonly articleIds: Map<string, number>,
    private readonly deleted: ReadonlySet<string>,
    private readonly planner: AnnotationPlanner,
    readonly merge: MergeWriter
  ) {
    for (const [sha, id] of articleIds) this.shaOfId.set(id, sha)
    this.knownIds = new KnownIds(db)
  }

  private ensureAnalysts(analysts: Iterable<Analyst>): void {
    for (const analyst of analysts) {
      if (this.creators.has(analyst.id)) continue
      this.creators.set(analyst.id, analyst)
      upsertAnalyst(this.db, analyst)
    }
  }

  private checkNotDeleted(ids: readonly string[]): void {
    const both = ids.find((id) => this.deleted.has(id))
    if (both) {
      throw bundleError(
        this.fileName,
        `annotation urn:uuid:${both} is both in ${ANNOTATIONS_FILE} and deleted in ${TOMBSTONES_FILE}`
      )
    }
  }

  /** The annotation of row `row` of a batch, for the merge of an id this corpus knows. */
  private plannedRow(batch: AnnotationBatch, row: number, replaces: string[]): PlannedAnnotation {
    const at = row * ANNOTATION_COLUMNS
    const creator = this.creators.get(batch.rows[at + 10] as string) as Analyst
    const { articleId, ...annotation } = annotationFromRowValues(batch.rows, at, creator)
    return { sourceSha: this.shaOfId.get(articleId) as string, annotation, replaces }
  }

  private mergeSteps(planned: readonly PlannedAnnotation[]): MergeStep[] {
    const known = this.knownIds.of(planned.map((one) => one.annotation.id))
    return planned.map((one) => mergeStep(this.db, one.annotation.id, { kind: 'annotation', planned: one }, known))
  }

  write(batch: AnnotationBatch): void {
    const { db, merge } = this
    this.ensureAnalysts(batch.creators)
    const count = batch.rows.length / ANNOTATION_COLUMNS
    const ids = Array.from({ length: count }, (_, row) => batch.rows[row * ANNOTATION_COLUMNS] as string)
    this.checkNotDeleted(ids)
    const known = this.knownIds.of(ids)
    const lineage = new Map(batch.lineage)
    const fresh =
      known.size === 0 ? batch.rows : batch.rows.filter((_, at) => !known.has(ids[Math.floor(at / ANNOTATION_COLUMNS)]))
    // Indexed for search once the import has answered (catchUpSearchIndex), not inside it.
    insertAnnotationRows(db, fresh, 'later')
    merge.counts.added += fresh.length / ANNOTATION_COLUMNS
    for (const [row, stamps] of batch.lineage) if (!known.has(ids[row])) recordLineage(db, ids[row], stamps)
    if (known.size > 0) {
      const planned = ids.flatMap((id, row) =>
        known.has(id) ? [this.plannedRow(batch, row, lineage.get(row) ?? [])] : []
      )
      merge.write(this.mergeSteps(planned))
    }
    if (batch.others.length > 0) this.writeOthers(batch.others)
  }

  /** The bundle's deletions, after all its annotations. */
  writeTombstones(tombstones: readonly BundleTombstone[]): void {
    const known = this.knownIds.of(tombstones.map((tombstone) => tombstone.id))
    this.merge.write(
      tombstones.map((tombstone) => mergeStep(this.db, tombstone.id, { kind: 'deleted', tombstone }, known))
    )
  }

  /** Annotations the reader could not make rows of, planned and merged one by one. */
  private writeOthers(others: readonly BundleAnnotation[]): void {
    this.checkNotDeleted(others.map((other) => other.id))
    const planned = others.flatMap((other) => this.planner.plan(other) ?? [])
    this.ensureAnalysts(this.planner.analysts.values())
    this.merge.write(this.mergeSteps(planned))
  }
}

/**
 * Imports a bundle as importBundle describes, reading its annotations beside the writing. Call inside
 * a transaction, which a thrown UserError must undo; throws NeedsWholeFile when annotations.jsonld is
 * not in the line layout or breaks a rule that only reading it whole names.
 */
export function streamedImport(
  db: Db,
  fileName: string,
  bytes: Uint8Array,
  choices: Readonly<Record<string, ConflictChoice>>,
  { reader: thread, clock }: StreamOptions = {}
): BundleImportReport {
  const zip = measured(clock, 'unzip', () => openBundleZip(fileName, bytes))
  const reader = startAnnotationReader(fileName, bytes, entryOf(fileName, zip, ANNOTATIONS_FILE), thread)
  try {
    const files = readFiles(fileName, zip, clock)
    const plan = measured(clock, 'anchor', () => planArticles(db, files.articles))
    const articleIds = measured(clock, 'write articles', () =>
      writeArticles(
        db,
        files.manifest.tags.map((tag) => ({ ...tag, builtin: false })),
        plan
      )
    )
    const knownTags = knownTagNames(db, files.manifest)
    reader.setup({
      articles: files.articles.map(({ sha256, text }) => ({
        sha256,
        text,
        articleId: plan.sameStories.has(sha256) ? null : (articleIds.get(sha256) as number)
      })),
      knownTags: [...knownTags]
    })
    const planner = new AnnotationPlanner(db, fileName, plan, knownTags)
    const articleIdOf = (sha: string) => (articleIds.get(sha) ?? plan.existingArticles.get(sha)) as number
    const deleted = new Set(files.tombstones.map((tombstone) => tombstone.id))
    const batches = new BatchWriter(
      db,
      fileName,
      articleIds,
      deleted,
      planner,
      new MergeWriter(db, choices, articleIdOf)
    )
    const messages = reader.messages()
    let first = true
    for (;;) {
      const next = measured(clock, first ? 'wait for first batch' : 'wait for reader', () => messages.next())
      first = false
      if (next.done) throw new Error('the annotation reader ended without a word')
      const message = next.value
      if (message.kind === 'problem') throw new UserError(message.message)
      if (message.kind === 'whole file') throw new NeedsWholeFile()
      if (message.kind === 'done') {
        for (const [phase, ms] of message.phases) clock?.totals.set(`reader: ${phase}`, ms)
        checkCount(fileName, 'annotations', files.manifest.annotations, message.count)
        break
      }
      measured(clock, 'write annotations', () => batches.write(message))
    }
    batches.writeTombstones(files.tombstones)
    const orphans = planner.orphans.filter((orphan) => insertOrphan(db, orphan)).length
    const existing = files.articles.length - plan.newArticles.length - plan.sameStories.size
    return importReport(fileName, { added: plan.newArticles.length, existing }, batches.merge.finish(), orphans)
  } finally {
    reader.close()
  }
}
