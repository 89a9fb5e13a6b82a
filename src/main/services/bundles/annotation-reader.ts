// Reading a bundle's annotations.jsonld into rows ready to write: inflating it, reading its items a
// line at a time with the quick check (collection-lines.ts, quick-annotation-check.ts), checking each
// against what the bundle alone says (duplicate ids, tags, its selectors against its article's text
// in the bundle) and turning it into the values of an annotation row. Nothing here opens a database,
// so it runs on a worker thread while the import writes the batches it has already sent
// (reader-thread.ts), or in line where there is no worker file (tests).
import { isUtf8 } from 'node:buffer'
import type { Analyst } from '../../../shared/model'
import { OffsetConverter } from '../../../shared/offsets'
import { ANNOTATION_COLUMNS } from '../annotation-row'
import { ZipDamage, inflateEntry, type ZipEntry } from '../zip-entries'
import { anchorAnnotation } from './anchor-annotation'
import { ANNOTATIONS_FILE } from './bundle-schema'
import { bundleError } from './bundle-error'
import { collectionLineItems } from './collection-lines'
import { holdsPrototypeKey, quickOrSchemaItem, shellHolds } from './parse-bundle'
import type { BundleAnnotation } from './web-annotation'

/** An article of the bundle as the reader anchors annotations in it. */
export interface ReaderArticle {
  sha256: string
  /** The bundle's text of the article. */
  text: string
  /**
   * The local id its annotations are written to; null when the corpus has the story with another
   * text, so its annotations must be re-anchored by the caller.
   */
  articleId: number | null
}

/** What the reader needs from the corpus, known once the import has written the bundle's articles. */
export interface ReaderSetup {
  articles: ReaderArticle[]
  /** The tags an annotation may carry: the corpus's and the manifest's. */
  knownTags: string[]
}

/** Where the setup comes from: given at once in line, sent later to a worker thread. */
export interface SetupSource {
  /** The setup if it has come, else null (so the reader can read on meanwhile). */
  poll(): ReaderSetup | null
  /** The setup, waiting for it. */
  wait(): ReaderSetup
}

/** Annotations read, in bundle order, this many to a batch. */
export const BATCH_ANNOTATIONS = 1000

export interface AnnotationBatch {
  kind: 'batch'
  /** Rows ready to write, in bundle order: ANNOTATION_COLUMNS values each (annotationRowValues). */
  rows: unknown[]
  /**
   * False when no value of the file can hold a NUL character: JSON writes one only as the escape
   * \u0000, and the file has none (row-wire.ts then skips looking for one).
   */
  mayHoldNul: boolean
  /** The lineage of the rows that have one: the row's index in this batch and the stamps it replaces. */
  lineage: [number, string[]][]
  /** The analysts who made the batch's rows, each sent once per import. */
  creators: Analyst[]
  /**
   * Annotations the caller plans one by one (AnnotationPlanner): those on an article the bundle
   * leaves out, or on a story the corpus has with another text.
   */
  others: BundleAnnotation[]
}

export type ReaderMessage =
  | AnnotationBatch
  /** Every item was read; `phases` are the reader's own times (ms), spent beside the import's writing. */
  | { kind: 'done'; count: number; phases: [string, number][] }
  /** The file is not in the line layout, or breaks a rule only the whole file's reading names. */
  | { kind: 'whole file' }
  /** A problem that refuses the bundle, in the words of the UserError to raise. */
  | { kind: 'problem'; message: string }

const WHOLE_FILE: ReaderMessage = { kind: 'whole file' }

interface Target {
  articleId: number
  text: string
  converter: OffsetConverter
}

/** Most annotations have no attributes: their column's text without a call to JSON.stringify. */
const attributesText = (attributes: object) => {
  for (const _key in attributes) return JSON.stringify(attributes)
  return '{}'
}

/**
 * Appends the row of `item` at `span` of article `articleId` to `rows`, as annotationRowValues
 * orders it (a test holds the two to the same values), without building an Annotation first: the
 * hot loop of a large import.
 */
export function pushRow(
  rows: unknown[],
  item: BundleAnnotation,
  articleId: number,
  span: { start: number; end: number }
) {
  const { quote, provenance } = item
  rows.push(
    item.id,
    articleId,
    item.tag,
    span.start,
    span.end,
    quote.exact,
    quote.prefix,
    quote.suffix,
    attributesText(item.attributes),
    item.note,
    item.creator.id,
    item.created,
    item.modified,
    provenance ? JSON.stringify(provenance) : null
  )
}

/** Turns batches of read annotations into rows, once the setup is known. */
class RowMaker {
  private readonly targets = new Map<string, Target>()
  private readonly knownTags: Set<string>
  private readonly creators = new Set<string>()
  anchorMs = 0

  constructor(
    private readonly fileName: string,
    setup: ReaderSetup,
    private readonly mayHoldNul: boolean
  ) {
    for (const { sha256, text, articleId } of setup.articles) {
      if (articleId !== null) this.targets.set(sha256, { articleId, text, converter: new OffsetConverter(text) })
    }
    this.knownTags = new Set(setup.knownTags)
  }

  private fail(item: BundleAnnotation, problem: string) {
    return {
      kind: 'problem' as const,
      message: bundleError(this.fileName, `annotation urn:uuid:${item.id} — ${problem}`).message
    }
  }

  batch(items: readonly BundleAnnotation[]): AnnotationBatch | { kind: 'problem'; message: string } {
    const started = performance.now()
    const batch: AnnotationBatch = {
      kind: 'batch',
      rows: [],
      mayHoldNul: this.mayHoldNul,
      lineage: [],
      creators: [],
      others: []
    }
    for (const item of items) {
      const target = this.targets.get(item.sourceSha)
      if (!target) {
        batch.others.push(item)
        continue
      }
      if (!this.knownTags.has(item.tag)) {
        return this.fail(item, `its tag "${item.tag}" is neither in the bundle's manifest nor in this corpus`)
      }
      const span = anchorAnnotation(target.text, target.converter, item)
      if ('problem' in span) return this.fail(item, span.problem)
      if (!this.creators.has(item.creator.id)) {
        this.creators.add(item.creator.id)
        batch.creators.push(item.creator)
      }
      if (item.replaces.length > 0) batch.lineage.push([batch.rows.length / ANNOTATION_COLUMNS, item.replaces])
      pushRow(batch.rows, item, target.articleId, span.value)
    }
    this.anchorMs += performance.now() - started
    return batch
  }
}

/**
 * The annotations of a bundle's annotations.jsonld, given as its zip `entry` and compressed `data`,
 * as messages: batches in bundle order, then `done`; or, at the first problem, `problem` or `whole
 * file`, and nothing more. Items are read while the setup has not come, and turned into rows once
 * it has.
 */
export function* readAnnotationBatches(
  fileName: string,
  entry: Omit<ZipEntry, 'dataStart'>,
  data: Uint8Array,
  setup: SetupSource
): Generator<ReaderMessage, void, undefined> {
  const started = performance.now()
  let bytes: Uint8Array
  try {
    bytes = inflateEntry(entry, data)
  } catch (error) {
    if (!(error instanceof ZipDamage)) throw error
    yield { kind: 'problem', message: bundleError(fileName, `is refused: it is damaged: ${error.message}`).message }
    return
  }
  if (!isUtf8(bytes)) {
    yield { kind: 'problem', message: bundleError(fileName, `${ANNOTATIONS_FILE} is not UTF-8 text`).message }
    return
  }
  const mayHoldNul = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).includes('\\u0000')
  const inflateMs = performance.now() - started
  const reading = collectionLineItems(bytes, holdsPrototypeKey, quickOrSchemaItem)
  const ids = new Set<string>()
  let pending: BundleAnnotation[] = []
  let maker: RowMaker | null = null
  const ready = () => {
    const known = setup.poll()
    if (known) maker = new RowMaker(fileName, known, mayHoldNul)
    return maker
  }
  // Reading is timed between flushes, not per item: two clock reads per item cost more than a check.
  let parseMs = 0
  let readingSince = performance.now()
  const lap = () => {
    const now = performance.now()
    parseMs += now - readingSince
    readingSince = now
  }
  /** The pending items as batches of BATCH_ANNOTATIONS, the first problem ending them. */
  function* flush(rows: RowMaker): Generator<AnnotationBatch | { kind: 'problem'; message: string }, boolean> {
    lap()
    const items = pending
    pending = []
    for (let at = 0; at < items.length; at += BATCH_ANNOTATIONS) {
      const batch = rows.batch(items.slice(at, at + BATCH_ANNOTATIONS))
      yield batch
      if (batch.kind === 'problem') return false
    }
    readingSince = performance.now()
    return true
  }
  let next = reading.next()
  for (; !next.done; next = reading.next()) {
    const item = next.value
    // The whole file's reading names a duplicate id.
    if (ids.has(item.id)) return yield WHOLE_FILE
    ids.add(item.id)
    pending.push(item)
    if (pending.length < BATCH_ANNOTATIONS) continue
    // Items read while the setup had not come (the import writing the articles) go in batches too.
    const rows = maker ?? ready()
    if (rows && !(yield* flush(rows))) return
  }
  if (next.value === null || !shellHolds(next.value, ids.size)) return yield WHOLE_FILE
  lap()
  const rows = maker ?? new RowMaker(fileName, setup.wait(), mayHoldNul)
  readingSince = performance.now()
  if (!(yield* flush(rows))) return
  const phases: [string, number][] = [
    ['inflate', inflateMs],
    ['parse + check', parseMs],
    ['anchor', rows.anchorMs]
  ]
  yield { kind: 'done', count: ids.size, phases }
}
