// The annotations of a story's articles that the comparison tables read, with each one's outlet.
import type { Attributes, ComparedSpan } from '../../../shared/model'
import type { Db } from '../../db/connection'

export interface StoryAnnotation extends ComparedSpan {
  tag: string
  attributes: Attributes
}

interface Row {
  id: string
  article_id: number
  tag: string
  start_u16: number
  end_u16: number
  exact: string
  attributes: string
  outlet: string | null
  title: string
}

/** The story's figure, quote and claim annotations, in article order and then reading order. */
export function storyAnnotations(db: Db, storyId: number): StoryAnnotation[] {
  const rows = db
    .prepare(
      `SELECT n.id, n.article_id, n.tag, n.start_u16, n.end_u16, n.exact, n.attributes, a.outlet, a.title
       FROM story_article s JOIN article a ON a.id = s.article_id JOIN annotation n ON n.article_id = a.id
       WHERE s.story_id = ? AND n.tag IN ('figure', 'quote', 'claim')
       ORDER BY COALESCE(a.published, '9999'), a.id, n.start_u16, n.end_u16 DESC`
    )
    .all(storyId) as Row[]
  return rows.map((row) => ({
    annotationId: row.id,
    articleId: row.article_id,
    outlet: row.outlet ?? row.title,
    start: row.start_u16,
    end: row.end_u16,
    quote: row.exact,
    tag: row.tag,
    attributes: JSON.parse(row.attributes) as Attributes
  }))
}
