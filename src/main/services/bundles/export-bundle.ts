import { v5 as uuidv5 } from 'uuid'
import type { Db } from '../../db/connection'
import type { Analyst, Article } from '../../../shared/model'
import { OffsetConverter } from '../../../shared/offsets'
import { listAnnotations } from '../annotations'
import { getArticle, listArticles } from '../corpus'
import { listTags } from '../profile'
import {
  ANNO_CONTEXT,
  ANNOTATIONS_FILE,
  ARTICLES_FILE,
  BUNDLE_EXTENSION,
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  MANIFEST_FILE,
  WORKBENCH_CONTEXT,
  type AnnotationCollectionJson,
  type BundleArticle,
  type BundleManifest,
  type WebAnnotationJson
} from './bundle-schema'
import { writeBundleZip } from './bundle-zip'
import { toWebAnnotation } from './web-annotation'

export interface BundleExport {
  bytes: Uint8Array
  /** A suggested name: "<analyst>-<YYYY-MM-DD-HHMM>.wbundle". */
  fileName: string
  articles: number
  annotations: number
}

/** Namespace of the name-based UUIDs that identify an export's AnnotationCollection and its page. */
const COLLECTION_NAMESPACE = '0f0a3c52-6d1e-4f43-9c55-3b1f4a8e7d21'

/** The articles to export in id order: those named (each must exist), or all of them. */
function articlesToExport(db: Db, articleIds: number[] | undefined): Article[] {
  const ids = articleIds ? [...new Set(articleIds)] : listArticles(db).map((summary) => summary.id)
  return ids.sort((a, b) => a - b).map((id) => getArticle(db, id))
}

/**
 * The bundle's record of an article. Field by field rather than a spread of the Article, so that the
 * file's key order is fixed and a field added to Article later joins the format only on purpose.
 */
function toBundleArticle(article: Article): BundleArticle {
  return {
    sha256: article.sha256,
    title: article.title,
    outlet: article.outlet,
    url: article.url,
    publishedDate: article.publishedDate,
    language: article.language,
    sourceFile: article.sourceFile,
    importedAt: article.importedAt,
    text: article.text,
    rawText: article.rawText,
    removed: article.removed.map(({ text, reason }) => ({ text, reason }))
  }
}

/**
 * The collection holding `items` in one embedded page. Its ids are name-based UUIDs of the export
 * time and the annotation ids: unique per export, yet the same for the same export, so bytes repeat.
 */
function toCollection(items: WebAnnotationJson[], created: string): AnnotationCollectionJson {
  const id = `urn:uuid:${uuidv5([created, ...items.map((item) => item.id)].join('\n'), COLLECTION_NAMESPACE)}`
  return {
    '@context': [ANNO_CONTEXT, WORKBENCH_CONTEXT],
    id,
    type: 'AnnotationCollection',
    label: `News workbench annotations exported ${created}`,
    total: items.length,
    first: {
      id: `urn:uuid:${uuidv5(`${id}/page/1`, COLLECTION_NAMESPACE)}`,
      type: 'AnnotationPage',
      startIndex: 0,
      items
    }
  }
}

/** "ana-lopez-2026-11-23-1036.wbundle" for Ana López exporting at 10:36 UTC that day. */
function bundleFileName(exportedBy: Analyst, now: Date): string {
  const slug =
    exportedBy.name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'bundle'
  const stamp = now.toISOString().slice(0, 16).replace('T', '-').replace(':', '')
  return `${slug}-${stamp}${BUNDLE_EXTENSION}`
}

/**
 * An annotated bundle of the articles `articleIds` (all articles when undefined) with all their
 * annotations and the whole tag set, exported by `exportedBy` at `now`; a UserError when an id names
 * no article. The same corpus exported at the same instant gives the same bytes.
 */
export function exportBundle(db: Db, exportedBy: Analyst, articleIds?: number[], now = new Date()): BundleExport {
  // One read transaction: the articles and annotations come from the same state of the corpus.
  return db.transaction(() => {
    const articles = articlesToExport(db, articleIds)
    const items = articles.flatMap((article) => {
      const converter = new OffsetConverter(article.text)
      return listAnnotations(db, article.id).map((annotation) => toWebAnnotation(annotation, article.sha256, converter))
    })
    const created = now.toISOString()
    const manifest: BundleManifest = {
      format: BUNDLE_FORMAT,
      version: BUNDLE_VERSION,
      created,
      exportedBy: { id: exportedBy.id, name: exportedBy.name },
      tags: listTags(db).map(({ name, label, color, key }) => ({ name, label, color, key })),
      articles: articles.length,
      annotations: items.length
    }
    const bytes = writeBundleZip(
      {
        [MANIFEST_FILE]: manifest,
        [ARTICLES_FILE]: articles.map(toBundleArticle),
        [ANNOTATIONS_FILE]: toCollection(items, created)
      },
      now
    )
    return { bytes, fileName: bundleFileName(exportedBy, now), articles: articles.length, annotations: items.length }
  })()
}
