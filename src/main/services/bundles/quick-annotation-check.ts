// The hot loop of a bundle import: reading 100,000 Web Annotations in the shape this workbench writes.
// The zod schema (bundle-schema.ts) builds a checked copy of every item and readWebAnnotation then a
// second; here one pass checks the same rules and builds the BundleAnnotation directly, about three
// times faster. It accepts only what the schema and readWebAnnotation accept, and answers null for
// anything else — another shape the schema allows (a single body or selector without its array,
// provenance) or any broken rule — so that the caller reads that item the slow way, which names the
// problem in the usual words.
import type { AttributeValue, Attributes, TextQuote } from '../../../shared/model'
import {
  ATTRIBUTES_PROPERTY,
  PROVENANCE_PROPERTY,
  REPLACES_PROPERTY,
  SOURCE_URN_PATTERN,
  UUID_URN_PATTERN,
  isoTimestamp
} from './bundle-schema'
import { SHA256_URN, UUID_URN, type BundleAnnotation } from './web-annotation'

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * The schema's own pattern for timestamps: a string format in zod is exactly this test, and running
 * the pattern skips building a parse result for the two timestamps of every item.
 */
const TIMESTAMP: RegExp = isoTimestamp._zod.pattern

const isTimestamp = (value: unknown): value is string => typeof value === 'string' && TIMESTAMP.test(value)

const isUuidUrn = (value: unknown): value is string => typeof value === 'string' && UUID_URN_PATTERN.test(value)

/**
 * A test that remembers the last value it passed: an item's creator and source are nearly always its
 * neighbour's, so each pattern runs once per run of equal values instead of once per item.
 */
function passedLast(test: (value: unknown) => value is string): (value: unknown) => value is string {
  let last: string | null = null
  return (value: unknown): value is string => {
    if (value === last) return true
    if (!test(value)) return false
    last = value
    return true
  }
}

const isCreatorUrn = passedLast(isUuidUrn)
const isSourceUrn = passedLast(
  (value: unknown): value is string => typeof value === 'string' && SOURCE_URN_PATTERN.test(value)
)

/** A zod `z.string().default('')`: absent is '', a string is itself, anything else is refused (undefined). */
function stringOrEmpty(value: unknown): string | undefined {
  if (value === undefined) return ''
  return typeof value === 'string' ? value : undefined
}

const isNonNegativeInteger = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0

/** The tag and note of a body list, or null unless it holds one tag and at most one note. */
function readBodies(body: unknown): { tag: string; note: string } | null {
  if (!Array.isArray(body) || body.length === 0) return null
  let tag: string | null = null
  let note: string | null = null
  for (const item of body) {
    if (!isObject(item) || item.type !== 'TextualBody' || typeof item.value !== 'string') return null
    if (item.format !== undefined && item.format !== 'text/plain') return null
    if (item.purpose === 'tagging' && tag === null) tag = item.value
    else if (item.purpose === 'describing' && note === null) note = item.value
    else return null
  }
  return tag === null ? null : { tag, note: note ?? '' }
}

/** The quote and position of a selector list, or null unless it holds exactly one of each. */
function readSelectors(selector: unknown): { quote: TextQuote; position: { start: number; end: number } } | null {
  if (!Array.isArray(selector) || selector.length === 0) return null
  let quote: TextQuote | null = null
  let position: { start: number; end: number } | null = null
  for (const item of selector) {
    if (!isObject(item)) return null
    if (item.type === 'TextQuoteSelector' && quote === null) {
      const [prefix, suffix] = [stringOrEmpty(item.prefix), stringOrEmpty(item.suffix)]
      if (typeof item.exact !== 'string' || item.exact === '' || prefix === undefined || suffix === undefined) {
        return null
      }
      quote = { exact: item.exact, prefix, suffix }
    } else if (item.type === 'TextPositionSelector' && position === null) {
      const { start, end } = item
      if (!isNonNegativeInteger(start) || !isNonNegativeInteger(end) || start >= end) return null
      position = { start, end }
    } else return null
  }
  return quote && position ? { quote, position } : null
}

/** A copy of the attributes, or null unless every value is a string, a number, a boolean or null. */
function readAttributes(value: unknown): Attributes | null {
  if (value === undefined) return {}
  if (!isObject(value)) return null
  const entries = Object.entries(value)
  for (const [, item] of entries) {
    const kind = typeof item
    if (item !== null && kind !== 'string' && kind !== 'number' && kind !== 'boolean') return null
  }
  return Object.fromEntries(entries) as Record<string, AttributeValue>
}

function readReplaces(value: unknown): string[] | null {
  if (value === undefined) return []
  return Array.isArray(value) && value.every(isTimestamp) ? [...(value as string[])] : null
}

/**
 * The BundleAnnotation of `item` when it is a Web Annotation in the shape this workbench writes and
 * breaks no rule of the schema or of readWebAnnotation; null otherwise (then read it with the schema).
 */
export function quickReadAnnotation(item: unknown): BundleAnnotation | null {
  if (!isObject(item) || item.type !== 'Annotation') return null
  if (item.motivation !== 'tagging' && item.motivation !== 'classifying') return null
  if (item[PROVENANCE_PROPERTY] !== undefined) return null
  const { id, created, modified, creator, target } = item
  // An annotation never edited has modified = created: one check does for both.
  if (!isUuidUrn(id) || !isTimestamp(created) || (modified !== created && !isTimestamp(modified))) return null
  if (typeof modified !== 'string') return null
  if (
    !isObject(creator) ||
    !isCreatorUrn(creator.id) ||
    creator.type !== 'Person' ||
    typeof creator.name !== 'string'
  ) {
    return null
  }
  if (!isObject(target) || !isSourceUrn(target.source)) return null
  const bodies = readBodies(item.body)
  const selectors = readSelectors(target.selector)
  const attributes = readAttributes(item[ATTRIBUTES_PROPERTY])
  const replaces = readReplaces(item[REPLACES_PROPERTY])
  if (!bodies || !selectors || !attributes || !replaces) return null
  return {
    id: id.slice(UUID_URN.length),
    sourceSha: target.source.slice(SHA256_URN.length),
    tag: bodies.tag,
    quote: selectors.quote,
    position: selectors.position,
    attributes,
    note: bodies.note,
    creator: { id: creator.id.slice(UUID_URN.length), name: creator.name },
    created,
    modified,
    replaces
  }
}
