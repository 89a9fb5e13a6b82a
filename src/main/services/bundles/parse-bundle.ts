// Reads a bundle's bytes into checked values without looking at any corpus: the zip, the JSON, the
// schemas, and every rule that the bundle alone can break (format and version, counts, duplicate ids,
// article hashes, selectors). What depends on the receiving corpus is checked in plan-import.ts.
import type { z } from 'zod'
import { UserError } from '../../../shared/errors'
import type { Tombstone } from '../annotation-versions'
import { sha256Of } from '../text-hash'
import { bundleError } from './bundle-error'
import { bundleText, readBundleZip } from './bundle-zip'
import { readCollectionLines } from './collection-lines'
import { measured, type PhaseClock } from './phase-clock'
import { quickReadAnnotation } from './quick-annotation-check'
import {
  ANNOTATIONS_FILE,
  ARTICLES_FILE,
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  MANIFEST_FILE,
  READABLE_VERSIONS,
  TOMBSTONES_FILE,
  annotationCollectionSchema,
  bundleArticleSchema,
  manifestHeaderSchema,
  manifestSchema,
  tombstoneSchema,
  webAnnotationSchema,
  type BundleArticle,
  type BundleManifest
} from './bundle-schema'
import { readWebAnnotation, SHA256_URN, UUID_URN, type BundleAnnotation } from './web-annotation'

/** A deletion as a bundle carries it: the tombstone and the lineage of stamps it supersedes. */
export interface BundleTombstone extends Tombstone {
  replaces: string[]
}

export interface ParsedBundle {
  manifest: BundleManifest
  articles: BundleArticle[]
  annotations: BundleAnnotation[]
  /** Empty for version-1 bundles, which carried no deletions. */
  tombstones: BundleTombstone[]
}

type Issue = z.ZodError['issues'][number]

/**
 * The most specific cause of a zod issue with its full path. A union that fails reports every branch;
 * the branch that got furthest into the input (longest path) is the one the writer meant.
 */
function innermost(issue: Issue, outer: PropertyKey[] = []): { path: PropertyKey[]; message: string } {
  const path = [...outer, ...issue.path]
  if (issue.code === 'invalid_union') {
    const [best] = issue.errors
      .map((branch) => branch[0])
      .filter((first) => first !== undefined && first.path.length > 0)
      .sort((a, b) => b.path.length - a.path.length)
    if (best) return innermost(best, path)
  }
  return { path, message: issue.message }
}

/** The first problem zod found, as "path: message" ("first.items: expected array"). */
function describeIssue(error: z.ZodError): string {
  const { path, message } = innermost(error.issues[0])
  const shown = path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index > 0 ? '.' : ''}${String(key)}`))
    .join('')
  return shown === '' ? message : `${shown}: ${message}`
}

/**
 * A JSON key that names an object's prototype machinery. No bundle field has such a name, and copying
 * one into an object (as schema parsing does) would change the object's prototype instead of adding a
 * value, so a bundle holding one is refused. Inside a JSON string a quote is escaped, so the pattern
 * finds keys only, never article text.
 */
export const PROTOTYPE_KEY = /"(__proto__|constructor|prototype)"\s*:/

/**
 * The names of PROTOTYPE_KEY with their closing quote: one search for them rules out nearly every
 * text cheaply (a third of the time of three plain searches, on a bundle's 70 MB of annotations).
 */
const PROTOTYPE_NAME = /(?:__proto__|constructor|prototype)"/

/** Whether `text` holds a PROTOTYPE_KEY. */
export const holdsPrototypeKey = (text: string): boolean => PROTOTYPE_NAME.test(text) && PROTOTYPE_KEY.test(text)

/** The bytes of one file of the bundle, or a UserError when it is missing. Each file is read once. */
function takeFile(fileName: string, files: Map<string, Uint8Array>, entry: string): Uint8Array {
  const bytes = files.get(entry)
  if (bytes === undefined) throw bundleError(fileName, `is not a complete bundle: ${entry} is missing`)
  // Dropping the bytes lets their memory go while the parsed values are checked.
  files.delete(entry)
  return bytes
}

/** The parsed JSON of one file of the bundle, or a UserError when it holds a refused key or no JSON. */
export function parseJson(fileName: string, entry: string, bytes: Uint8Array): unknown {
  const text = bundleText(bytes)
  const key = PROTOTYPE_KEY.exec(text)
  if (key) throw bundleError(fileName, `${entry} uses the key "${key[1]}", which a bundle never holds`)
  try {
    return JSON.parse(text)
  } catch (error) {
    throw bundleError(fileName, `${entry} is not valid JSON (${(error as Error).message})`)
  }
}

function readJson(fileName: string, files: Map<string, Uint8Array>, entry: string): unknown {
  return parseJson(fileName, entry, takeFile(fileName, files, entry))
}

export function parseManifest(fileName: string, json: unknown): BundleManifest {
  const header = manifestHeaderSchema.safeParse(json)
  if (!header.success || header.data.format !== BUNDLE_FORMAT) {
    throw bundleError(
      fileName,
      `is not a news workbench bundle: ${MANIFEST_FILE} does not say format "${BUNDLE_FORMAT}"`
    )
  }
  const { version } = header.data
  if (typeof version !== 'number' || !READABLE_VERSIONS.includes(version)) {
    // Checked before the rest of the manifest: a newer version may have changed any of it.
    const shown = typeof version === 'number' ? String(version) : JSON.stringify(version)
    throw new UserError(
      `${fileName} uses bundle format version ${shown}; this workbench reads versions ${READABLE_VERSIONS.join(' and ')}` +
        (typeof version === 'number' && version > BUNDLE_VERSION ? '. Update the workbench to open it.' : '.')
    )
  }
  const manifest = manifestSchema.safeParse(json)
  if (!manifest.success) throw bundleError(fileName, `${MANIFEST_FILE}: ${describeIssue(manifest.error)}`)
  return manifest.data
}

export function parseArticles(fileName: string, json: unknown): BundleArticle[] {
  if (!Array.isArray(json)) throw bundleError(fileName, `${ARTICLES_FILE} must hold an array of articles`)
  const seen = new Set<string>()
  return json.map((item: unknown, index) => {
    const parsed = bundleArticleSchema.safeParse(item)
    const where = `article ${index + 1} in ${ARTICLES_FILE}`
    if (!parsed.success) throw bundleError(fileName, `${where}: ${describeIssue(parsed.error)}`)
    const article = parsed.data
    const named = `${where} ("${article.title}")`
    const actual = sha256Of(article.text)
    if (actual !== article.sha256) {
      throw bundleError(
        fileName,
        `${named}: sha256 ${article.sha256} does not match its text, which hashes to ${actual}`
      )
    }
    if (seen.has(article.sha256)) throw bundleError(fileName, `${named}: sha256 ${article.sha256} appears twice`)
    seen.add(article.sha256)
    return article
  })
}

/** A name for an item of the collection in messages: its id when it has one, else its position. */
function itemName(item: unknown, index: number): string {
  const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined
  return typeof id === 'string' ? `annotation ${id}` : `annotation ${index + 1} in ${ANNOTATIONS_FILE}`
}

/** One item of the collection read with the schema: its BundleAnnotation, or the problem in words. */
function readItem(item: unknown): { value: BundleAnnotation } | { problem: string } {
  const parsed = webAnnotationSchema.safeParse(item)
  return parsed.success ? readWebAnnotation(parsed.data) : { problem: describeIssue(parsed.error) }
}

/** Reads an item with the quick check, else with the schema; null when it breaks a rule. */
export function quickOrSchemaItem(item: unknown): BundleAnnotation | null {
  const quick = quickReadAnnotation(item)
  if (quick) return quick
  const read = readItem(item)
  return 'value' in read ? read.value : null
}

/** Whether the collection read without its items is sound and says it holds `count` items. */
export function shellHolds(shell: Record<string, unknown>, count: number): boolean {
  const collection = annotationCollectionSchema.safeParse(shell)
  return collection.success && collection.data.total === count
}

/**
 * The annotations of a sound annotations.jsonld in the line layout this workbench writes, read line by
 * line (collection-lines.ts); null for any other layout or any problem, which parseAnnotations names.
 */
function readAnnotationLines(bytes: Uint8Array): BundleAnnotation[] | null {
  const read = readCollectionLines(bytes, holdsPrototypeKey, quickOrSchemaItem)
  if (!read || !shellHolds(read.shell, read.items.length)) return null
  const ids = new Set(read.items.map((annotation) => annotation.id))
  return ids.size === read.items.length ? read.items : null
}

/** The annotations of the whole parsed annotations.jsonld, or a UserError naming the first problem. */
function parseAnnotations(fileName: string, json: unknown): BundleAnnotation[] {
  const collection = annotationCollectionSchema.safeParse(json)
  if (!collection.success) throw bundleError(fileName, `${ANNOTATIONS_FILE}: ${describeIssue(collection.error)}`)
  const { items } = collection.data.first
  if (collection.data.total !== items.length) {
    throw bundleError(
      fileName,
      `${ANNOTATIONS_FILE} says it holds ${collection.data.total} annotations but its first page has ${items.length}; a bundle keeps all of them in that page`
    )
  }
  const seen = new Set<string>()
  return items.map((item, index) => {
    const name = itemName(item, index)
    const read = readItem(item)
    if ('problem' in read) throw bundleError(fileName, `${name} — ${read.problem}`)
    if (seen.has(read.value.id)) throw bundleError(fileName, `${name} appears twice in ${ANNOTATIONS_FILE}`)
    seen.add(read.value.id)
    return read.value
  })
}

/**
 * The annotations of the bundle: line by line when the file reads cleanly that way, else (another
 * layout, or a problem to name) from the whole file.
 */
function readAnnotations(fileName: string, bytes: Uint8Array): BundleAnnotation[] {
  return readAnnotationLines(bytes) ?? parseAnnotations(fileName, parseJson(fileName, ANNOTATIONS_FILE, bytes))
}

export function parseTombstones(fileName: string, json: unknown): BundleTombstone[] {
  if (!Array.isArray(json)) throw bundleError(fileName, `${TOMBSTONES_FILE} must hold an array of tombstones`)
  const seen = new Set<string>()
  return json.map((item: unknown, index) => {
    const parsed = tombstoneSchema.safeParse(item)
    const where = `tombstone ${index + 1} in ${TOMBSTONES_FILE}`
    if (!parsed.success) throw bundleError(fileName, `${where}: ${describeIssue(parsed.error)}`)
    const { id, source, deleted, deletedBy, replaces } = parsed.data
    if (seen.has(id)) throw bundleError(fileName, `${where}: ${id} appears twice`)
    seen.add(id)
    return {
      id: id.slice(UUID_URN.length),
      articleSha: source.slice(SHA256_URN.length),
      deleted,
      deletedBy: deletedBy === null ? null : deletedBy.slice(UUID_URN.length),
      replaces
    }
  })
}

export function checkCount(fileName: string, what: string, said: number, found: number): void {
  if (said !== found) {
    throw bundleError(fileName, `${MANIFEST_FILE} counts ${said} ${what} but the bundle holds ${found}`)
  }
}

/**
 * The bundle's manifest, articles and annotations, each checked against the format and against each
 * other; a UserError naming `fileName` and the first problem otherwise.
 */
export function parseBundle(fileName: string, bytes: Uint8Array, clock?: PhaseClock): ParsedBundle {
  const files = measured(clock, 'unzip', () => readBundleZip(fileName, bytes))
  const json = (entry: string) => measured(clock, 'JSON.parse', () => readJson(fileName, files, entry))
  const check = <T>(work: () => T) => measured(clock, 'validate', work)
  const manifestJson = json(MANIFEST_FILE)
  const manifest = check(() => parseManifest(fileName, manifestJson))
  const articlesJson = json(ARTICLES_FILE)
  const articles = check(() => parseArticles(fileName, articlesJson))
  const annotationsBytes = takeFile(fileName, files, ANNOTATIONS_FILE)
  const annotations = measured(clock, 'parse + check annotations', () => readAnnotations(fileName, annotationsBytes))
  checkCount(fileName, 'articles', manifest.articles, articles.length)
  checkCount(fileName, 'annotations', manifest.annotations, annotations.length)
  if (manifest.version === 1) return { manifest, articles, annotations, tombstones: [] }
  const tombstonesJson = json(TOMBSTONES_FILE)
  const tombstones = check(() => parseTombstones(fileName, tombstonesJson))
  checkCount(fileName, 'tombstones', manifest.tombstones ?? 0, tombstones.length)
  const annotated = new Set(annotations.map((annotation) => annotation.id))
  const both = tombstones.find((tombstone) => annotated.has(tombstone.id))
  if (both)
    throw bundleError(
      fileName,
      `annotation urn:uuid:${both.id} is both in ${ANNOTATIONS_FILE} and deleted in ${TOMBSTONES_FILE}`
    )
  return { manifest, articles, annotations, tombstones }
}
