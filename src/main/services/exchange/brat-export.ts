// Export to brat standoff (https://brat.nlplab.org/standoff.html): per article a .txt holding the
// text and a .ann holding its annotations, plus one annotation.conf declaring the entity types and
// attributes. Offsets count code points (brat is Python). Spans are always contiguous: the
// discontinuous "start end;start end" form is never produced. What brat has no field for (the
// annotation's id, creator and times) travels in a note of type "wb:annotation", which brat shows as
// a note and our import reads back.
import type { Attributes } from '../../../shared/model'
import { encodeAttributeValue, encodeNote } from './brat-lines'
import { articleStem, type ExchangeAnnotation, type ExchangeArticle } from './exchange-articles'

export const BRAT_META_NOTE = 'wb:annotation'

/** The .ann text of one article's annotations. */
export function bratAnn(annotations: ExchangeAnnotation[]): string {
  const lines: string[] = []
  let attributeCount = 0
  let noteCount = 0
  annotations.forEach((a, index) => {
    const t = `T${index + 1}`
    // brat keeps a span's text on one line: its own tools write line breaks inside a span as spaces.
    lines.push(`${t}\t${a.tag} ${a.startCp} ${a.endCp}\t${a.quote.exact.replace(/[\r\n\t]/g, ' ')}`)
    for (const [key, value] of Object.entries(a.attributes).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) {
      if (value === null) continue
      const token = encodeAttributeValue(value)
      lines.push(`A${++attributeCount}\t${key} ${t}${token === null ? '' : ` ${token}`}`)
    }
    if (a.note !== '') lines.push(`#${++noteCount}\tAnnotatorNotes ${t}\t${encodeNote(a.note)}`)
    const meta = { id: a.id, creator: a.creator, created: a.created, modified: a.modified }
    lines.push(`#${++noteCount}\t${BRAT_META_NOTE} ${t}\t${JSON.stringify(meta)}`)
  })
  return lines.length ? `${lines.join('\n')}\n` : ''
}

/**
 * annotation.conf: every tag as an entity type; every attribute key as an attribute of entities,
 * binary when it only ever holds true, else multi-valued with the values the export holds.
 */
export function bratConf(tags: string[], attributes: Attributes[]): string {
  const values = new Map<string, Set<string>>()
  for (const map of attributes) {
    for (const [key, value] of Object.entries(map)) {
      const seen = values.get(key) ?? new Set<string>()
      const token = value === null ? null : encodeAttributeValue(value)
      if (token !== null) seen.add(token)
      values.set(key, seen)
    }
  }
  const keys = [...values.keys()].sort()
  const declare = (key: string) => {
    const seen = [...(values.get(key) as Set<string>)].sort()
    return seen.length ? `${key}\tArg:<ENTITY>, Value:${seen.join('|')}` : `${key}\tArg:<ENTITY>`
  }
  return ['[entities]', ...tags, '', '[relations]', '', '[events]', '', '[attributes]', ...keys.map(declare), ''].join(
    '\n'
  )
}

/** The files of a brat export (path → text): NNNN-title.txt and .ann per article, annotation.conf. */
export function exportBrat(articles: ExchangeArticle[], tags: string[]): Record<string, string> {
  const files: Record<string, string> = {}
  for (const { article, annotations } of articles) {
    const stem = articleStem(article)
    files[`${stem}.txt`] = article.text
    files[`${stem}.ann`] = bratAnn(annotations)
  }
  files['annotation.conf'] = bratConf(
    tags,
    articles.flatMap((a) => a.annotations.map((x) => x.attributes))
  )
  return files
}
