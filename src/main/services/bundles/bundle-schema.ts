// The annotated bundle format, version 2 (version 1 is still read): its names and the zod schema of each file inside the zip.
// docs/bundle-format.md describes the same format for people; keep the two in step.
//
// Export builds values of the schemas' input types (z.input) and import parses with the schemas, so
// what the workbench writes and what it accepts cannot drift apart.
import { z } from 'zod'

export const BUNDLE_FORMAT = 'news-workbench-bundle'
/** The version this workbench writes. */
export const BUNDLE_VERSION = 2
/** Every version this workbench reads. Version 1 had no lineage (`wb:replaces`) and no tombstones. */
export const READABLE_VERSIONS: readonly number[] = [1, 2]
export const BUNDLE_EXTENSION = '.wbundle'

export const MANIFEST_FILE = 'manifest.json'
export const ARTICLES_FILE = 'articles.json'
export const ANNOTATIONS_FILE = 'annotations.jsonld'
export const TOMBSTONES_FILE = 'tombstones.json'
export const BUNDLE_FILES: readonly string[] = [MANIFEST_FILE, ARTICLES_FILE, ANNOTATIONS_FILE, TOMBSTONES_FILE]

/** The W3C Web Annotation context; every annotations.jsonld must name it. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'
/**
 * Our own terms. `wb:attributes` holds an annotation's attributes as a JSON literal (`@json`, JSON-LD
 * 1.1), so strings, numbers, booleans and null survive any JSON-LD processing unchanged. A URN rather
 * than an http IRI: nothing is served at it, and it should not look as if something were.
 */
export const WORKBENCH_CONTEXT = {
  wb: 'urn:news-workbench:ns:',
  'wb:attributes': { '@type': '@json' },
  'wb:provenance': { '@type': '@json' }
} as const
export const ATTRIBUTES_PROPERTY = 'wb:attributes'
/** Where an annotation came from when a suggestion or rule proposed it: the rule, who accepted it, when. */
export const PROVENANCE_PROPERTY = 'wb:provenance'
/** The `modified` stamps of the versions an annotation supersedes (its lineage), oldest first. */
export const REPLACES_PROPERTY = 'wb:replaces'

/** Leaf rules, exported for the quick check of common annotations (quick-annotation-check.ts). */
export const isoTimestamp = z.iso.datetime({ offset: true })
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date must be written YYYY-MM-DD')
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hexadecimal digits')
const tagName = z.string().min(1).max(64)
// Lowercase only: an id is compared as a string, so one UUID in two spellings would be two annotations.
export const UUID_URN_PATTERN = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const uuidUrn = z.string().regex(UUID_URN_PATTERN, 'must be urn:uuid: and a lowercase UUID')

/** An article named by the SHA-256 of its text. */
export const SOURCE_URN_PATTERN = /^urn:sha256:[0-9a-f]{64}$/
const sourceUrn = z.string().regex(SOURCE_URN_PATTERN, 'must be urn:sha256: and 64 lowercase hexadecimal digits')

/** Just enough of the manifest to decide whether this workbench can read the rest. */
export const manifestHeaderSchema = z.object({ format: z.unknown(), version: z.unknown() })

export const bundleTagSchema = z.object({
  name: tagName,
  label: z.string().min(1),
  color: z.string().min(1),
  key: z.string()
})

export const manifestSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.union([z.literal(1), z.literal(2)]),
  created: isoTimestamp,
  exportedBy: z.object({ id: z.string().min(1), name: z.string() }),
  tags: z.array(bundleTagSchema),
  articles: z.number().int().nonnegative(),
  annotations: z.number().int().nonnegative(),
  /** Version 2: the number of entries in tombstones.json. */
  tombstones: z.number().int().nonnegative().optional()
})
export type BundleManifest = z.infer<typeof manifestSchema>

export const bundleArticleSchema = z.object({
  /** SHA-256 of the UTF-8 bytes of `text`: the article's identity across corpora. */
  sha256: sha256Hex,
  title: z.string(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  publishedDate: isoDate.nullable(),
  language: z.string().nullable(),
  sourceFile: z.string(),
  importedAt: isoTimestamp,
  text: z.string(),
  /** Optional for bundles written by other tools; the cleaned text stands in when it is absent. */
  rawText: z.string().optional(),
  removed: z.array(z.object({ text: z.string(), reason: z.string() })).optional()
})
export type BundleArticle = z.infer<typeof bundleArticleSchema>

const textualBodySchema = z.object({
  type: z.literal('TextualBody'),
  /** "tagging": the value is a tag name; "describing": the value is the analyst's note. */
  purpose: z.enum(['tagging', 'describing']),
  value: z.string(),
  format: z.literal('text/plain').optional()
})

const textQuoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string().default(''),
  suffix: z.string().default('')
})

/** Offsets in Unicode code points of the article's cleaned text, as the W3C model counts them. */
const textPositionSelectorSchema = z.object({
  type: z.literal('TextPositionSelector'),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative()
})

const selectorSchema = z.discriminatedUnion('type', [textQuoteSelectorSchema, textPositionSelectorSchema], {
  error: 'this workbench reads only TextQuoteSelector and TextPositionSelector'
})

const attributeValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()], {
  error: 'an attribute value must be a string, a number, true, false or null'
})

/** One W3C Web Annotation as a bundle holds it. A single body or selector may stand without its array. */
export const webAnnotationSchema = z.object({
  id: uuidUrn,
  type: z.literal('Annotation'),
  motivation: z.enum(['tagging', 'classifying']),
  created: isoTimestamp,
  modified: isoTimestamp,
  creator: z.object({ id: uuidUrn, type: z.literal('Person'), name: z.string() }),
  body: z.union([textualBodySchema, z.array(textualBodySchema).min(1)], {
    error: 'must be a TextualBody or a list of them'
  }),
  target: z.object({
    source: sourceUrn,
    selector: z.union([selectorSchema, z.array(selectorSchema).min(1)])
  }),
  [ATTRIBUTES_PROPERTY]: z.record(z.string(), attributeValueSchema).optional(),
  [REPLACES_PROPERTY]: z.array(isoTimestamp).optional(),
  [PROVENANCE_PROPERTY]: z
    .object({
      rule: z.string().min(1).max(200),
      suggestedAt: isoTimestamp.optional(),
      acceptedBy: z.object({ id: z.string().uuid(), name: z.string().max(200) }).strict(),
      acceptedAt: isoTimestamp
    })
    .strict()
    .optional()
})
export type WebAnnotationJson = z.input<typeof webAnnotationSchema>
export type WebAnnotation = z.output<typeof webAnnotationSchema>

const contextSchema = z.union(
  [
    z.literal(ANNO_CONTEXT),
    z.array(z.unknown()).refine((contexts) => contexts.includes(ANNO_CONTEXT), `must include "${ANNO_CONTEXT}"`)
  ],
  { error: `must be "${ANNO_CONTEXT}" or a list that includes it` }
)

/**
 * The AnnotationCollection with every annotation in its embedded first page. Items are parsed one by
 * one afterwards, so that an error can name the annotation it is in.
 */
export const annotationCollectionSchema = z.object({
  '@context': contextSchema,
  id: z.string().min(1),
  type: z.literal('AnnotationCollection'),
  label: z.string().optional(),
  total: z.number().int().nonnegative(),
  first: z.object({
    id: z.string().min(1),
    type: z.literal('AnnotationPage'),
    startIndex: z.literal(0).optional(),
    items: z.array(z.unknown())
  })
})
export type AnnotationCollectionJson = z.input<typeof annotationCollectionSchema>

/** A deleted annotation (version 2): which one, on which article, when and by whom, and its lineage. */
export const tombstoneSchema = z.object({
  id: uuidUrn,
  source: sourceUrn,
  deleted: isoTimestamp,
  deletedBy: uuidUrn.nullable(),
  replaces: z.array(isoTimestamp)
})
export type TombstoneJson = z.input<typeof tombstoneSchema>
