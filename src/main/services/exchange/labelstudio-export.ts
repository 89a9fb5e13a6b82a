// Export to Label Studio JSON tasks (https://labelstud.io/guide/task_format): one task per article
// with the text and its metadata in `data`, and its annotations as `annotations` (finished work) or
// `predictions` (pre-annotations to review), one entry per analyst. Each annotation is a `labels`
// region with value.start/end in code points; each attribute is a region of the same id: textarea
// for strings, number for numbers, choices for true/false. The note and our own fields travel in the
// region's `meta` (Label Studio shows meta.text as the region's note).
import type { ExchangeAnnotation, ExchangeArticle } from './exchange-articles'

export type LabelStudioMode = 'annotations' | 'predictions'

export const LABELS_FROM_NAME = 'label'
export const TEXT_TO_NAME = 'text'

export interface LabelStudioResult {
  id: string
  from_name: string
  to_name: string
  type: string
  value: Record<string, unknown>
  meta?: { text?: string[]; wb?: { creator: { id: string; name: string }; created: string; modified: string } }
}

function resultsOf(a: ExchangeAnnotation): LabelStudioResult[] {
  const span = { start: a.startCp, end: a.endCp }
  const region = (from_name: string, type: string, value: Record<string, unknown>): LabelStudioResult => ({
    id: a.id,
    from_name,
    to_name: TEXT_TO_NAME,
    type,
    value: { ...span, ...value }
  })
  const labels = region(LABELS_FROM_NAME, 'labels', { text: a.quote.exact, labels: [a.tag] })
  labels.meta = {
    ...(a.note !== '' ? { text: [a.note] } : {}),
    wb: { creator: a.creator, created: a.created, modified: a.modified }
  }
  const attributes = Object.entries(a.attributes)
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    .flatMap(([key, value]) => {
      if (value === null) return []
      if (typeof value === 'number') return [region(key, 'number', { number: value })]
      if (typeof value === 'boolean') return [region(key, 'choices', { choices: [String(value)] })]
      return [region(key, 'textarea', { text: [value] })]
    })
  return [labels, ...attributes]
}

/** The Label Studio tasks of `articles`, annotations grouped per analyst in order of first appearance. */
export function exportLabelStudio(articles: ExchangeArticle[], mode: LabelStudioMode): unknown[] {
  return articles.map(({ article, annotations }) => {
    const byCreator = new Map<string, ExchangeAnnotation[]>()
    for (const a of annotations) byCreator.set(a.creator.id, [...(byCreator.get(a.creator.id) ?? []), a])
    const entries = [...byCreator.values()].map((group) => ({
      ...(mode === 'predictions' ? { model_version: `workbench:${group[0].creator.name}` } : {}),
      result: group.flatMap(resultsOf)
    }))
    return {
      id: article.id,
      data: {
        text: article.text,
        title: article.title,
        outlet: article.outlet,
        url: article.url,
        publishedDate: article.publishedDate,
        sha256: article.sha256
      },
      [mode]: entries
    }
  })
}
