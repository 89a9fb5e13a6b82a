// A story's comparison as one CSV table (Papa Parse does the quoting, as for the annotation CSV export): one line per figure,
// quote and claim, with the group it belongs to, its outlet, its span and its normalised reading.
import Papa from 'papaparse'
import type { StoryComparison } from '../../../shared/model'

const COLUMNS = [
  'table',
  'group',
  'outlet',
  'article_id',
  'start_utf16',
  'end_utf16',
  'quote',
  'value',
  'value_high',
  'unit',
  'approximate',
  'reading',
  'speaker_or_claimant',
  'status',
  'flag'
]

/**
 * Spreadsheets run a cell that starts with = + - @ as a formula; quoted text from the web must stay
 * text, so such cells get a leading apostrophe (the usual guard against CSV injection).
 */
const inert = (cell: string | number | boolean | null | undefined): string | number =>
  typeof cell === 'number'
    ? cell
    : typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell)
      ? `'${cell}`
      : String(cell ?? '')

export function comparisonCsv(comparison: StoryComparison): string {
  const rows: (string | number | boolean | null | undefined)[][] = []
  for (const row of comparison.figures) {
    for (const f of row.figures)
      rows.push([
        'figure',
        row.unit ?? 'not normalised',
        f.outlet,
        f.articleId,
        f.start,
        f.end,
        f.quote,
        f.value,
        f.valueHigh,
        f.unit,
        f.normalised ? f.approximate : '',
        f.label,
        '',
        '',
        f.disagrees ? 'disagrees' : f.normalised ? '' : 'not normalised'
      ])
  }
  comparison.quotes.forEach((row, index) => {
    const flag = [row.wordingDiffers && 'wording differs', row.speakersDiffer && 'speakers differ'].filter(Boolean)
    for (const q of row.items)
      rows.push([
        'quote',
        index + 1,
        q.outlet,
        q.articleId,
        q.start,
        q.end,
        q.quote,
        '',
        '',
        '',
        '',
        '',
        q.speaker,
        '',
        flag.join('; ')
      ])
  })
  comparison.claims.forEach((row, index) => {
    for (const c of row.items)
      rows.push([
        'claim',
        index + 1,
        c.outlet,
        c.articleId,
        c.start,
        c.end,
        c.quote,
        '',
        '',
        '',
        '',
        '',
        c.claimant,
        c.status,
        row.wordingDiffers ? 'wording differs' : ''
      ])
  })
  return Papa.unparse([COLUMNS, ...rows.map((row) => row.map(inert))], { newline: '\n' }) + '\n'
}
