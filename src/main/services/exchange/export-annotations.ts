// Exports annotations in the formats other tools read: brat standoff (a zip), CSV, Label Studio JSON.
import { strToU8, zipSync } from 'fflate'
import type { Db } from '../../db/connection'
import { listTags } from '../profile'
import { exportBrat } from './brat-export'
import { exportCsv } from './csv-export'
import { exchangeArticles, type ExchangeFormat } from './exchange-articles'
import { exportLabelStudio, type LabelStudioMode } from './labelstudio-export'

export interface AnnotationExport {
  fileName: string
  bytes: Uint8Array
  articles: number
  annotations: number
}

/**
 * The articles `articleIds` (all when undefined) and their annotations in `format`, as the bytes of
 * one file named for the format and `now`. Label Studio tasks carry them as `mode`.
 */
export function exportAnnotations(
  db: Db,
  format: ExchangeFormat,
  articleIds?: number[],
  mode: LabelStudioMode = 'annotations',
  now = new Date()
): AnnotationExport {
  const articles = db.transaction(() => exchangeArticles(db, articleIds))()
  const stamp = now.toISOString().slice(0, 16).replace('T', '-').replace(':', '')
  const counts = { articles: articles.length, annotations: articles.reduce((n, a) => n + a.annotations.length, 0) }
  if (format === 'brat') {
    const tags = listTags(db).map((tag) => tag.name)
    const files = Object.fromEntries(
      Object.entries(exportBrat(articles, tags)).map(([name, text]) => [name, strToU8(text)])
    )
    return { fileName: `annotations-brat-${stamp}.zip`, bytes: zipSync(files, { level: 6, mtime: now }), ...counts }
  }
  if (format === 'csv') return { fileName: `annotations-${stamp}.csv`, bytes: strToU8(exportCsv(articles)), ...counts }
  const json = `${JSON.stringify(exportLabelStudio(articles, mode), null, 2)}\n`
  return { fileName: `annotations-labelstudio-${stamp}.json`, bytes: strToU8(json), ...counts }
}
