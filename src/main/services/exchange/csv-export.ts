import Papa from 'papaparse'
import type { ExchangeArticle } from './exchange-articles'

/** The CSV columns, in order. Offsets are code points; `attributes` is a JSON object. */
export const CSV_COLUMNS = [
  'article_sha256',
  'article_title',
  'article_outlet',
  'article_url',
  'article_published',
  'article_language',
  'annotation_id',
  'tag',
  'start',
  'end',
  'exact',
  'prefix',
  'suffix',
  'note',
  'attributes',
  'creator_id',
  'creator_name',
  'created',
  'modified'
] as const

/**
 * One row per annotation with its article's metadata, as CSV (RFC 4180 quoting by Papa Parse, CRLF
 * line ends, a header row). Offsets count code points.
 */
export function exportCsv(articles: ExchangeArticle[]): string {
  const rows = articles.flatMap(({ article, annotations }) =>
    annotations.map((a) => [
      article.sha256,
      article.title,
      article.outlet ?? '',
      article.url ?? '',
      article.publishedDate ?? '',
      article.language ?? '',
      a.id,
      a.tag,
      a.startCp,
      a.endCp,
      a.quote.exact,
      a.quote.prefix,
      a.quote.suffix,
      a.note,
      JSON.stringify(a.attributes),
      a.creator.id,
      a.creator.name,
      a.created,
      a.modified
    ])
  )
  // escapeFormulae: a cell starting with = + - @ gets a leading ' so a spreadsheet shows it as text
  // instead of running it: article text and notes come from the web and from other analysts.
  return Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\r\n', escapeFormulae: true })
}
