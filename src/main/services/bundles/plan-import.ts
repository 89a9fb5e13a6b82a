// The checks of a parsed bundle that depend on the receiving corpus, and the list of what importing
// it would write. Nothing here writes, so a failed check leaves the corpus as it was.
import type { Db } from '../../db/connection'
import type { Analyst, Annotation, Tag } from '../../../shared/model'
import { OffsetConverter } from '../../../shared/offsets'
import { findArticleBySha, getArticle } from '../corpus'
import { listTags } from '../profile'
import { anchorAnnotation } from './anchor-annotation'
import { bundleError } from './bundle-error'
import type { BundleArticle } from './bundle-schema'
import type { ParsedBundle } from './parse-bundle'

/** An annotation ready to store, once its article has a local id. */
export interface PlannedAnnotation {
  sourceSha: string
  annotation: Omit<Annotation, 'articleId'>
}

export interface ImportPlan {
  /** The bundle's articles whose text this corpus lacks, in bundle order. */
  newArticles: BundleArticle[]
  /** Local ids of the articles (bundle's or referenced) that the corpus already has, by SHA-256. */
  existingArticles: Map<string, number>
  /** The bundle's articles that the corpus already has. */
  articlesExisting: number
  analysts: Analyst[]
  tags: Tag[]
  annotations: PlannedAnnotation[]
}

interface AnnotatedText {
  text: string
  converter: OffsetConverter
}

/**
 * What importing `bundle` into `db` would write, or a UserError naming `fileName` and the first
 * annotation whose article is in neither the bundle nor the corpus, whose tag is unknown, or whose
 * selectors do not fit the article's text.
 */
export function planImport(db: Db, fileName: string, bundle: ParsedBundle): ImportPlan {
  const texts = new Map<string, AnnotatedText>()
  const existingArticles = new Map<string, number>()
  const newArticles: BundleArticle[] = []
  for (const article of bundle.articles) {
    texts.set(article.sha256, { text: article.text, converter: new OffsetConverter(article.text) })
    const localId = findArticleBySha(db, article.sha256)
    if (localId === null) newArticles.push(article)
    else existingArticles.set(article.sha256, localId)
  }
  const articlesExisting = existingArticles.size

  /** The text an annotation points into: the bundle's article, or else the corpus's (remembered). */
  const textOf = (sha256: string): AnnotatedText | null => {
    const known = texts.get(sha256)
    if (known) return known
    // An annotation may point at an article the bundle leaves out, when the receiver has it already.
    const localId = findArticleBySha(db, sha256)
    if (localId === null) return null
    const { text } = getArticle(db, localId)
    const found = { text, converter: new OffsetConverter(text) }
    texts.set(sha256, found)
    existingArticles.set(sha256, localId)
    return found
  }

  const knownTags = new Set([...listTags(db), ...bundle.manifest.tags].map((tag) => tag.name))
  const analysts = new Map<string, Analyst>()
  const annotations = bundle.annotations.map(({ sourceSha, position, ...rest }): PlannedAnnotation => {
    const fail = (problem: string) => bundleError(fileName, `annotation urn:uuid:${rest.id} — ${problem}`)
    const source = textOf(sourceSha)
    if (!source) {
      throw fail(`its article urn:sha256:${sourceSha} is neither in the bundle nor in this corpus`)
    }
    if (!knownTags.has(rest.tag)) {
      throw fail(`its tag "${rest.tag}" is neither in the bundle's manifest nor in this corpus`)
    }
    const span = anchorAnnotation(source.text, source.converter, { position, quote: rest.quote })
    if ('problem' in span) throw fail(span.problem)
    if (!analysts.has(rest.creator.id)) analysts.set(rest.creator.id, rest.creator)
    return { sourceSha, annotation: { ...rest, ...span.value } }
  })

  return {
    newArticles,
    existingArticles,
    articlesExisting,
    analysts: [...analysts.values()],
    tags: bundle.manifest.tags.map((tag) => ({ ...tag, builtin: false })),
    annotations
  }
}
