import { v5 as uuidv5 } from 'uuid'
import type { Db } from '../../db/connection'
import type { Analyst, Article } from '../../../shared/model'
import { OffsetConverter } from '../../../shared/offsets'
import { listAnnotationIds, listAnnotations } from '../annotations'
import { lineageOf, lineagesOfArticle, listTombstones, type Tombstone } from '../annotation-versions'
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
  TOMBSTONES_FILE,
  WORKBENCH_CONTEXT,
  type AnnotationCollectionJson,
  type BundleArticle,
  type BundleManifest,
  type TombstoneJson,
  type WebAnnotationJson
} from './bundle-schema'
import { collectionJson, indentedJson, recordLines, writeBundleZip } from './bundle-zip'
import { measured, type PhaseClock } from './phase-clock'
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
 * The collection of the annotations `ids` (as urn:uuid:…), to be written with its items in one
 * embedded page. Its ids are name-based UUIDs of the export time and the annotation ids: unique per
 * export, yet the same for the same export, so bytes repeat.
 */
function collectionShell(
  ids: string[],
  created: string
): Omit<AnnotationCollectionJson, 'first'> & {
  first: Omit<AnnotationCollectionJson['first'], 'items'>
} {
  // As bytes: uuid's own UTF-8 encoding of a string is slow for the ids of 100,000 annotations.
  const id = `urn:uuid:${uuidv5(Buffer.from([created, ...ids].join('\n')), COLLECTION_NAMESPACE)}`
  return {
    '@context': [ANNO_CONTEXT, WORKBENCH_CONTEXT],
    id,
    type: 'AnnotationCollection',
    label: `News workbench annotations exported ${created}`,
    total: ids.length,
    first: {
      id: `urn:uuid:${uuidv5(`${id}/page/1`, COLLECTION_NAMESPACE)}`,
      type: 'AnnotationPage',
      startIndex: 0
    }
  }
}

/** A deletion as tombstones.json holds it, with the lineage of stamps the deletion supersedes. */
function toTombstoneJson(tombstone: Tombstone, replaces: string[]): TombstoneJson {
  return {
    id: `urn:uuid:${tombstone.id}`,
    source: `urn:sha256:${tombstone.articleSha}`,
    deleted: tombstone.deleted,
    deletedBy: tombstone.deletedBy === null ? null : `urn:uuid:${tombstone.deletedBy}`,
    replaces
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

/** The Web Annotations of `articles`, one article at a time, in reading order: never all at once. */
function* webAnnotations(db: Db, articles: Article[], clock?: PhaseClock): Generator<WebAnnotationJson> {
  for (const article of articles) {
    const [lineages, annotations] = measured(clock, 'read corpus', () => [
      lineagesOfArticle(db, article.id),
      listAnnotations(db, article.id)
    ])
    const converted = measured(clock, 'convert', () => {
      const converter = new OffsetConverter(article.text)
      return annotations.map((annotation) =>
        toWebAnnotation(annotation, article.sha256, converter, lineages.get(annotation.id))
      )
    })
    yield* converted
  }
}

/**
 * An annotated bundle of the articles `articleIds` (all articles when undefined) with all their
 * annotations, their lineage and the tombstones of their deleted annotations, and the whole tag set,
 * exported by `exportedBy` at `now`; a UserError when an id names no article. The same corpus exported
 * at the same instant gives the same bytes. Annotations are converted and compressed article by
 * article, so a large corpus is never held as one list of objects or one string. `clock`, when given,
 * times the phases.
 */
export function exportBundle(
  db: Db,
  exportedBy: Analyst,
  articleIds?: number[],
  now = new Date(),
  clock?: PhaseClock
): BundleExport {
  // One read transaction: the articles and annotations come from the same state of the corpus.
  return db.transaction(() => {
    const { articles, ids, tombstones } = measured(clock, 'read corpus', () => {
      const chosen = articlesToExport(db, articleIds)
      return {
        articles: chosen,
        ids: chosen.flatMap((article) => listAnnotationIds(db, article.id).map((id) => `urn:uuid:${id}`)),
        tombstones: listTombstones(
          db,
          chosen.map((article) => article.sha256)
        ).map((tombstone) => toTombstoneJson(tombstone, lineageOf(db, tombstone.id)))
      }
    })
    const created = now.toISOString()
    const manifest: BundleManifest = {
      format: BUNDLE_FORMAT,
      version: BUNDLE_VERSION,
      created,
      exportedBy: { id: exportedBy.id, name: exportedBy.name },
      tags: listTags(db).map(({ name, label, color, key }) => ({ name, label, color, key })),
      articles: articles.length,
      annotations: ids.length,
      tombstones: tombstones.length
    }
    const bytes = writeBundleZip(
      {
        [MANIFEST_FILE]: indentedJson(manifest),
        [ARTICLES_FILE]: recordLines(articles.map(toBundleArticle)),
        [ANNOTATIONS_FILE]: collectionJson(collectionShell(ids, created), webAnnotations(db, articles, clock)),
        [TOMBSTONES_FILE]: recordLines(tombstones)
      },
      now,
      clock
    )
    return { bytes, fileName: bundleFileName(exportedBy, now), articles: articles.length, annotations: ids.length }
  })()
}
