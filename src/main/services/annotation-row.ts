// An annotation as the values of its row in the annotation table, in column order: what bulk writers
// bind (annotations.ts, insertAnnotationRows) and what a bundle's reader thread prepares for them.
import type { Annotation } from '../../shared/model'

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
