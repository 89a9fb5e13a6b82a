// Writes annotations read from another tool's files (brat standoff, Label Studio JSON) into the
// corpus: each article matched by its text's SHA-256 or added, each span checked against the text,
// all in one transaction after every check has passed.
import { v7 as uuidv7 } from 'uuid'
import type { Db } from '../../db/connection'
import { anyAttributes } from '../../../shared/attributes'
import { UserError } from '../../../shared/errors'
import type { Analyst, Annotation, AnnotationImportReport, Attributes } from '../../../shared/model'
import { OffsetConverter } from '../../../shared/offsets'
import { quoteAt } from '../../../shared/text-quote'
import { findAnnotation, insertAnnotations } from '../annotations'
import { findArticleBySha, insertArticle } from '../corpus'
import { ensureTags, listTags, upsertAnalyst } from '../profile'
import { sha256Of } from '../text-hash'

/** What another tool says about one annotation; offsets in code points. */
export interface ExternalAnnotation {
  /** Where it was read, for messages: "0001-kyiv.ann line 3". */
  where: string
  tag: string
  startCp: number
  endCp: number
  /** The text the tool says the span holds, checked when present (line breaks may read as spaces). */
  exact?: string
  attributes: Attributes
  note: string
  /** Our own fields when the file was written by this workbench. */
  meta?: { id: string; creator: Analyst; created: string; modified: string }
}

export interface ExternalArticle {
  file: string
  title: string
  text: string
  url?: string | null
  outlet?: string | null
  publishedDate?: string | null
  annotations: ExternalAnnotation[]
}

export type ExternalImportReport = AnnotationImportReport

const TAG_NAME = /^[\p{L}\p{N}_-]{1,64}$/u
/** Names that would reach an object's prototype rather than hold a value. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])
const NEW_TAG_COLORS = ['#7c3aed', '#db2777', '#0891b2', '#65a30d', '#ea580c', '#475569']
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

const flat = (text: string) => text.replace(/[\r\n\t]/g, ' ')

/** The annotation to store, or a UserError naming the file, the line and the problem. */
function checkAnnotation(
  file: string,
  text: string,
  converter: OffsetConverter,
  external: ExternalAnnotation,
  analyst: Analyst,
  now: string
): Omit<Annotation, 'articleId'> {
  const fail = (problem: string) => new UserError(`${file}: ${external.where}: ${problem}`)
  if (!TAG_NAME.test(external.tag)) throw fail(`"${external.tag}" is not a tag name (letters, digits, _ and - only)`)
  const start = converter.toUtf16(external.startCp)
  const end = converter.toUtf16(external.endCp)
  if (start === null || end === null || external.startCp >= external.endCp) {
    throw fail(
      `the span ${external.startCp}–${external.endCp} is not inside the text (${converter.codePointLength} characters)`
    )
  }
  if (external.exact !== undefined && flat(external.exact) !== flat(text.slice(start, end))) {
    throw fail(
      `the span's text "${external.exact}" does not match the article at ${external.startCp}–${external.endCp}`
    )
  }
  const forbidden = Object.keys(external.attributes).find((key) => FORBIDDEN_KEYS.has(key))
  if (forbidden) throw fail(`"${forbidden}" cannot be an attribute name`)
  const attributes = anyAttributes.safeParse(external.attributes)
  if (!attributes.success) throw fail(`attributes: ${attributes.error.issues[0].message}`)
  const meta = external.meta
  if (meta && !(UUID.test(meta.id) && UUID.test(meta.creator.id)))
    throw fail('its workbench id is not a lowercase UUID')
  return {
    id: meta?.id ?? uuidv7(),
    tag: external.tag,
    start,
    end,
    quote: quoteAt(text, start, end),
    attributes: attributes.data,
    note: external.note,
    creator: meta?.creator ?? analyst,
    created: meta?.created ?? now,
    modified: meta?.modified ?? now
  }
}

/**
 * Imports the annotations of `articles` (read from `file`) for `analyst`, who becomes the creator of
 * those that do not name one. Annotations whose id the corpus has are left as they are. Nothing is
 * written unless every annotation of every article passes its checks.
 */
export function importExternal(
  db: Db,
  analyst: Analyst,
  file: string,
  articles: ExternalArticle[],
  now = new Date()
): ExternalImportReport {
  return db.transaction(() => {
    const stamp = now.toISOString()
    const checked = articles.map((article) => {
      const converter = new OffsetConverter(article.text)
      const annotations = article.annotations.map((a) =>
        checkAnnotation(file, article.text, converter, a, analyst, stamp)
      )
      return { article, annotations }
    })
    const known = new Set(listTags(db).map((tag) => tag.name))
    const tagsAdded = [...new Set(checked.flatMap((c) => c.annotations.map((a) => a.tag)))].filter((t) => !known.has(t))
    ensureTags(
      db,
      tagsAdded.map((name, i) => ({
        name,
        label: name,
        color: NEW_TAG_COLORS[i % NEW_TAG_COLORS.length],
        key: '',
        builtin: false
      }))
    )
    const report: ExternalImportReport = {
      file,
      articlesAdded: 0,
      articlesExisting: 0,
      annotationsAdded: 0,
      annotationsUnchanged: 0,
      tagsAdded
    }
    for (const { article, annotations } of checked) {
      const sha256 = sha256Of(article.text)
      let articleId = findArticleBySha(db, sha256)
      if (articleId === null) {
        const draft = {
          title: article.title,
          outlet: article.outlet ?? null,
          url: article.url ?? null,
          publishedDate: article.publishedDate ?? null,
          language: null,
          text: article.text,
          rawText: article.text,
          removed: []
        }
        articleId = insertArticle(db, draft, article.file, stamp, sha256)
        report.articlesAdded++
      } else report.articlesExisting++
      // The article's new annotations are written together (insertAnnotations); an id met before is unchanged.
      const fresh: Annotation[] = []
      const seen = new Set<string>()
      for (const annotation of annotations) {
        if (seen.has(annotation.id) || findAnnotation(db, annotation.id)) {
          report.annotationsUnchanged++
          continue
        }
        seen.add(annotation.id)
        upsertAnalyst(db, annotation.creator)
        fresh.push({ ...annotation, articleId })
      }
      insertAnnotations(db, fresh)
      report.annotationsAdded += fresh.length
    }
    return report
  })()
}
