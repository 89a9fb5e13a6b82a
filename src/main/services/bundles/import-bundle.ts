import type { Db } from '../../db/connection'
import type { Annotation, Attributes, BundleImportReport } from '../../../shared/model'
import { findAnnotation, insertAnnotation } from '../annotations'
import { insertArticle } from '../corpus'
import { ensureTags, upsertAnalyst } from '../profile'
import { parseBundle } from './parse-bundle'
import { planImport, type ImportPlan } from './plan-import'

function sameAttributes(a: Attributes, b: Attributes): boolean {
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && a[key] === b[key])
}

/**
 * True when two versions of one annotation say the same thing: same article, tag, span, quote,
 * attributes, note and modification time. Creator and creation time are not compared: they never
 * change once an annotation exists.
 */
export function sameAnnotationContent(a: Annotation, b: Annotation): boolean {
  return (
    a.articleId === b.articleId &&
    a.tag === b.tag &&
    a.start === b.start &&
    a.end === b.end &&
    a.quote.exact === b.quote.exact &&
    a.quote.prefix === b.quote.prefix &&
    a.quote.suffix === b.quote.suffix &&
    sameAttributes(a.attributes, b.attributes) &&
    a.note === b.note &&
    a.modified === b.modified
  )
}

/** Writes a checked plan; the caller runs this inside the import's transaction. */
function applyPlan(db: Db, fileName: string, plan: ImportPlan): BundleImportReport {
  for (const analyst of plan.analysts) upsertAnalyst(db, analyst)
  ensureTags(db, plan.tags)
  const articleIds = new Map(plan.existingArticles)
  for (const article of plan.newArticles) {
    const draft = { ...article, rawText: article.rawText ?? article.text, removed: article.removed ?? [] }
    articleIds.set(article.sha256, insertArticle(db, draft, article.sourceFile, article.importedAt))
  }

  const report: BundleImportReport = {
    file: fileName,
    articlesAdded: plan.newArticles.length,
    articlesExisting: plan.articlesExisting,
    annotationsAdded: 0,
    annotationsUnchanged: 0,
    annotationsConflicting: 0,
    conflicts: []
  }
  for (const { sourceSha, annotation } of plan.annotations) {
    const incoming: Annotation = { ...annotation, articleId: articleIds.get(sourceSha) as number }
    const local = findAnnotation(db, incoming.id)
    if (!local) {
      insertAnnotation(db, incoming)
      report.annotationsAdded++
    } else if (sameAnnotationContent(local, incoming)) {
      report.annotationsUnchanged++
    } else {
      // The local version wins: an import never overwrites an analyst's work without asking.
      report.annotationsConflicting++
      report.conflicts.push(incoming.id)
    }
  }
  return report
}

/**
 * Imports an annotated bundle and returns what it added, found already present, or found in conflict.
 * Everything is checked before anything is written, and the writing is one transaction: a UserError
 * naming `fileName` and the problem leaves the corpus unchanged. Importing a bundle twice changes
 * nothing the second time.
 */
export function importBundle(db: Db, fileName: string, bytes: Uint8Array): BundleImportReport {
  const bundle = parseBundle(fileName, bytes)
  // Planning reads the corpus, so it runs in the same transaction as the writes it decides on.
  return db.transaction(() => applyPlan(db, fileName, planImport(db, fileName, bundle)))()
}
