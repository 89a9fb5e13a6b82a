// The checks of a parsed bundle that depend on the receiving corpus, and the list of what importing
// it would write. Nothing here writes, so a failed check leaves the corpus as it was.
import type { Db } from '../../db/connection'
import type { Analyst, Annotation, Tag } from '../../../shared/model'
import { OffsetConverter } from '../../../shared/offsets'
import { quoteAt } from '../../../shared/text-quote'
import { findSameStory, type LocalStory } from '../article-identity'
import { findArticleBySha, getArticle } from '../corpus'
import type { NewOrphan } from '../orphans'
import { listTags } from '../profile'
import { reanchor } from '../reanchor/reanchor'
import { anchorAnnotation } from './anchor-annotation'
import { bundleError } from './bundle-error'
import type { BundleArticle } from './bundle-schema'
import type { ParsedBundle } from './parse-bundle'
import type { BundleAnnotation } from './web-annotation'

/** An annotation ready to store, once its article has a local id. */
export interface PlannedAnnotation {
  sourceSha: string
  annotation: Omit<Annotation, 'articleId'>
  /** The `modified` stamps of the versions it supersedes. */
  replaces: string[]
}

export interface ImportPlan {
  /** The bundle's articles whose text this corpus lacks, in bundle order. */
  newArticles: BundleArticle[]
  /** Local ids of the articles (bundle's or referenced) that the corpus already has, by SHA-256. */
  existingArticles: Map<string, number>
  /** The bundle's articles that the corpus already has. */
  articlesExisting: number
  /** How many of the bundle's articles are a story this corpus has with another text. */
  articlesReanchored: number
  analysts: Analyst[]
  tags: Tag[]
  annotations: PlannedAnnotation[]
  /** Annotations on a story whose text here differs, that no strategy could anchor in it. */
  orphans: NewOrphan[]
}

interface AnnotatedText {
  text: string
  converter: OffsetConverter
}

/**
 * The annotation a bundle describes, at `span` of its article here. Field by field: the hot loop of a
 * large import, where copying with spread and rest costs several times more.
 */
function annotationAt(incoming: BundleAnnotation, span: { start: number; end: number }): Omit<Annotation, 'articleId'> {
  const { id, tag, quote, attributes, note, creator, created, modified, provenance } = incoming
  return {
    id,
    tag,
    start: span.start,
    end: span.end,
    quote,
    attributes,
    note,
    creator,
    created,
    modified,
    ...(provenance ? { provenance } : {})
  }
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
  /** The bundle's articles that this corpus has as the same story with another text, by bundle SHA-256. */
  const sameStories = new Map<string, LocalStory>()
  for (const article of bundle.articles) {
    texts.set(article.sha256, { text: article.text, converter: new OffsetConverter(article.text) })
    const localId = findArticleBySha(db, article.sha256)
    const sameStory = localId === null ? findSameStory(db, article) : null
    if (localId !== null) existingArticles.set(article.sha256, localId)
    else if (sameStory) {
      sameStories.set(article.sha256, sameStory)
      existingArticles.set(sameStory.sha256, sameStory.id)
    } else newArticles.push(article)
  }
  const articlesExisting = bundle.articles.length - newArticles.length - sameStories.size

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
  const orphans: NewOrphan[] = []
  const annotations: PlannedAnnotation[] = []
  for (const incoming of bundle.annotations) {
    const { id, sourceSha, tag, quote, position, creator, replaces } = incoming
    const fail = (problem: string) => bundleError(fileName, `annotation urn:uuid:${id} — ${problem}`)
    const source = textOf(sourceSha)
    if (!source) {
      throw fail(`its article urn:sha256:${sourceSha} is neither in the bundle nor in this corpus`)
    }
    if (!knownTags.has(tag)) {
      throw fail(`its tag "${tag}" is neither in the bundle's manifest nor in this corpus`)
    }
    const span = anchorAnnotation(source.text, source.converter, { position, quote })
    if ('problem' in span) throw fail(span.problem)
    if (!analysts.has(creator.id)) analysts.set(creator.id, creator)
    const story = sameStories.get(sourceSha)
    if (!story) {
      annotations.push({ sourceSha, annotation: annotationAt(incoming, span.value), replaces })
      continue
    }
    // The selectors fit the bundle's text (checked above); now find the span in our text of the story.
    const found = reanchor(story.text, { quote, hint: span.value })
    if (!found) {
      const reason = `its quoted text is no longer in “${story.title}” here, even approximately`
      const { sourceSha: _source, position: _position, ...annotation } = incoming
      orphans.push({ articleId: story.id, annotation, file: fileName, reason })
      continue
    }
    const moved = { ...annotationAt(incoming, found), quote: quoteAt(story.text, found.start, found.end) }
    annotations.push({ sourceSha: story.sha256, annotation: moved, replaces })
  }

  return {
    newArticles,
    existingArticles,
    articlesExisting,
    articlesReanchored: sameStories.size,
    analysts: [...analysts.values()],
    tags: bundle.manifest.tags.map((tag) => ({ ...tag, builtin: false })),
    annotations,
    orphans
  }
}
