// One of our annotations as a W3C Web Annotation, and back. The mapping:
//   id        ↔ "urn:uuid:<id>"                      creator ↔ { id: "urn:uuid:<analyst id>", type: "Person", name }
//   tag       ↔ body { TextualBody, purpose "tagging", value: tag name }
//   note      ↔ body { TextualBody, purpose "describing", value: note }, present only when the note is not empty
//   attributes ↔ "wb:attributes" (a JSON literal), present only when there are attributes
//   start/end ↔ TextPositionSelector in code points;  quote ↔ TextQuoteSelector
//   article   ↔ target.source "urn:sha256:<sha256 of the cleaned text>"
//   provenance ↔ "wb:provenance" (a JSON literal: rule, suggestedAt, acceptedBy, acceptedAt), only when set
//   lineage   ↔ "wb:replaces": the `modified` stamps of the versions it supersedes, present only when any
import type { Analyst, Annotation, Attributes, Provenance, TextQuote } from '../../../shared/model'
import type { OffsetConverter } from '../../../shared/offsets'
import {
  ATTRIBUTES_PROPERTY,
  PROVENANCE_PROPERTY,
  REPLACES_PROPERTY,
  type WebAnnotation,
  type WebAnnotationJson
} from './bundle-schema'

/** A value, or why there is none, in words for the analyst. */
export type Checked<T> = { value: T } | { problem: string }

/** What a bundle says about one annotation, before it is anchored in its article's text. */
export interface BundleAnnotation {
  /** The plain UUID, without "urn:uuid:". */
  id: string
  /** SHA-256 of the cleaned text of the annotated article. */
  sourceSha: string
  tag: string
  quote: TextQuote
  /** Unicode code points of the cleaned text, as the bundle counts them. */
  position: { start: number; end: number }
  attributes: Attributes
  note: string
  creator: Analyst
  created: string
  modified: string
  /** The `modified` stamps of the versions this one supersedes; empty in version-1 bundles. */
  replaces: string[]
  /** Which suggestion rule proposed it and who accepted it, when it came that way. */
  provenance?: Provenance
}

export const UUID_URN = 'urn:uuid:'
export const SHA256_URN = 'urn:sha256:'

/** The attributes with their keys in code-unit order, so equal attributes always serialise alike. */
function sortedAttributes(attributes: Attributes): Attributes {
  return Object.fromEntries(Object.entries(attributes).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

/**
 * The Web Annotation of `annotation`, whose article has cleaned text hashing to `sha256` and whose
 * offsets `converter` turns into code points; `replaces` is its lineage. Throws (a bug, not a user
 * error) when a stored offset is not a character boundary, which the database's writers never allow.
 */
export function toWebAnnotation(
  annotation: Annotation,
  sha256: string,
  converter: OffsetConverter,
  replaces: readonly string[] = []
): WebAnnotationJson {
  const start = converter.toCodePoints(annotation.start)
  const end = converter.toCodePoints(annotation.end)
  if (start === null || end === null) {
    throw new Error(`annotation ${annotation.id}: ${annotation.start}–${annotation.end} is not a span of its article`)
  }
  const body: Exclude<WebAnnotationJson['body'], unknown[]>[] = [
    { type: 'TextualBody', purpose: 'tagging', value: annotation.tag }
  ]
  if (annotation.note !== '') {
    body.push({ type: 'TextualBody', purpose: 'describing', value: annotation.note, format: 'text/plain' })
  }
  const attributes = Object.keys(annotation.attributes).length > 0 ? sortedAttributes(annotation.attributes) : null
  return {
    id: `${UUID_URN}${annotation.id}`,
    type: 'Annotation',
    motivation: 'tagging',
    created: annotation.created,
    modified: annotation.modified,
    creator: { id: `${UUID_URN}${annotation.creator.id}`, type: 'Person', name: annotation.creator.name },
    body,
    target: {
      source: `${SHA256_URN}${sha256}`,
      selector: [
        { type: 'TextQuoteSelector', ...annotation.quote },
        { type: 'TextPositionSelector', start, end }
      ]
    },
    ...(attributes ? { [ATTRIBUTES_PROPERTY]: attributes } : {}),
    ...(annotation.provenance ? { [PROVENANCE_PROPERTY]: provenanceJson(annotation.provenance) } : {}),
    ...(replaces.length > 0 ? { [REPLACES_PROPERTY]: [...replaces] } : {})
  }
}

/** Provenance with its keys in a fixed order, so the same provenance always serialises alike. */
const provenanceJson = (p: Provenance): Provenance => ({
  rule: p.rule,
  ...(p.suggestedAt ? { suggestedAt: p.suggestedAt } : {}),
  acceptedBy: { id: p.acceptedBy.id, name: p.acceptedBy.name },
  acceptedAt: p.acceptedAt
})

function asArray<T>(value: T | T[]): T[] {
  return Array.isArray(value) ? value : [value]
}

/**
 * Our reading of a schema-valid Web Annotation, or why it cannot be read: it must carry exactly one
 * tag, at most one note, one TextQuoteSelector and one TextPositionSelector that selects something.
 * Anything we could not keep is refused rather than dropped, so an import never loses data silently.
 */
export function readWebAnnotation(web: WebAnnotation): Checked<BundleAnnotation> {
  const bodies = asArray(web.body)
  const tags = bodies.filter((body) => body.purpose === 'tagging')
  const notes = bodies.filter((body) => body.purpose === 'describing')
  if (tags.length !== 1) return { problem: `has ${tags.length} tagging bodies; an annotation carries exactly one tag` }
  if (notes.length > 1) return { problem: `has ${notes.length} describing bodies; an annotation carries one note` }

  const selectors = asArray(web.target.selector)
  const quotes = selectors.filter((selector) => selector.type === 'TextQuoteSelector')
  const positions = selectors.filter((selector) => selector.type === 'TextPositionSelector')
  if (quotes.length !== 1 || positions.length !== 1) {
    return { problem: 'needs exactly one TextQuoteSelector and one TextPositionSelector' }
  }
  const [{ start, end }] = positions
  if (start >= end) return { problem: `its TextPositionSelector ${start}–${end} selects nothing` }
  const [{ exact, prefix, suffix }] = quotes

  return {
    value: {
      id: web.id.slice(UUID_URN.length),
      sourceSha: web.target.source.slice(SHA256_URN.length),
      tag: tags[0].value,
      quote: { exact, prefix, suffix },
      position: { start, end },
      attributes: web[ATTRIBUTES_PROPERTY] ?? {},
      note: notes[0]?.value ?? '',
      creator: { id: web.creator.id.slice(UUID_URN.length), name: web.creator.name },
      created: web.created,
      modified: web.modified,
      replaces: web[REPLACES_PROPERTY] ?? [],
      ...(web[PROVENANCE_PROPERTY] ? { provenance: web[PROVENANCE_PROPERTY] } : {})
    }
  }
}
