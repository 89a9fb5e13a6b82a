// An annotation as the values of its row in the annotation table, in column order: what bulk writers
// bind (annotations.ts, insertAnnotationRows) and what a bundle's reader thread prepares for them, and
// back: what the annotation table's readers and the import's merge make of such values.
import type { Analyst, Annotation, Attributes, Provenance } from '../../shared/model'

/** The values of an annotation row: id, article_id, tag, start_u16, end_u16, exact, prefix, suffix, attributes, note, creator_id, created, modified, provenance. */
export const ANNOTATION_COLUMNS = 14

/** The values of one annotation row, in the column order of ANNOTATION_COLUMNS. */
export function annotationRowValues(annotation: Annotation): unknown[] {
  const { quote } = annotation
  return [
    annotation.id,
    annotation.articleId,
    annotation.tag,
    annotation.start,
    annotation.end,
    quote.exact,
    quote.prefix,
    quote.suffix,
    JSON.stringify(annotation.attributes),
    annotation.note,
    annotation.creator.id,
    annotation.created,
    annotation.modified,
    annotation.provenance ? JSON.stringify(annotation.provenance) : null
  ]
}

/**
 * The annotation whose row values (annotationRowValues' order) start at `at` in `values`, made by
 * `creator`: the other way round.
 */
export function annotationFromRowValues(values: readonly unknown[], at: number, creator: Analyst): Annotation {
  const attributes = values[at + 8] as string
  const provenance = values[at + 13] as string | null
  return {
    id: values[at] as string,
    articleId: values[at + 1] as number,
    tag: values[at + 2] as string,
    start: values[at + 3] as number,
    end: values[at + 4] as number,
    quote: { exact: values[at + 5] as string, prefix: values[at + 6] as string, suffix: values[at + 7] as string },
    // Most annotations have none: no parse for them.
    attributes: attributes === '{}' ? {} : (JSON.parse(attributes) as Attributes),
    note: values[at + 9] as string,
    creator,
    created: values[at + 11] as string,
    modified: values[at + 12] as string,
    ...(provenance ? { provenance: JSON.parse(provenance) as Provenance } : {})
  }
}
