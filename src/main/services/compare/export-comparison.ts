// A story's comparison as a file to save: CSV for spreadsheets, or a printable HTML report.
import type { Db } from '../../db/connection'
import { comparisonCsv } from './comparison-csv'
import { comparisonReport } from './comparison-report'
import { compareStory } from './compare-story'

export type ComparisonFormat = 'csv' | 'html'

export interface ComparisonFile {
  fileName: string
  mimeType: string
  text: string
}

/** A file name from the story's title: letters, digits and dashes only. */
const slug = (title: string): string =>
  title
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()
    .slice(0, 60) || 'story'

export function exportComparison(db: Db, storyId: number, format: ComparisonFormat): ComparisonFile {
  const comparison = compareStory(db, storyId)
  const base = `comparison-${slug(comparison.story.title)}`
  return format === 'csv'
    ? { fileName: `${base}.csv`, mimeType: 'text/csv', text: comparisonCsv(comparison) }
    : { fileName: `${base}.html`, mimeType: 'text/html', text: comparisonReport(comparison) }
}
