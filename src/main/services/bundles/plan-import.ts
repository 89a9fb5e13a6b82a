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
import type { BundleArticle, BundleManifest } from './bundle-schema'
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

/** What the corpus makes of a bundle's articles. */
export interface ArticlePlan {
  /** The bundle's articles whose text this corpus lacks, in bundle order. */
  newArticles: BundleArticle[]
  /** Local ids of the articles (bundle's or referenced) that the corpus already has, by SHA-256. */
  existingArticles: Map<string, number>
  /** The bundle's articles that this corpus has as the same story with another text, by bundle SHA-256. */
  sameStories: Map<string, LocalStory>
  /** The text each annotation is anchored in first, by SHA-256: the bundle's, or the corpus's. */
  texts: Map<string, AnnotatedText>
}

/** Which of the bundle's articles are new here, already here, or here as the same story with another text. */
export function planArticles(db: Db, articles: readonly BundleArticle[]): ArticlePlan {
  const plan: ArticlePlan = { newArticles: [], existingArticles: new Map(), sameStories: new Map(), texts: new Map() }
  for (const article of articles) {
    plan.texts.set(article.sha256, { text: article.text, converter: new OffsetConverter(article.text) })
    const localId = findArticleBySha(db, article.sha256)
    const sameStory = localId === null ? findSameStory(db, article) : null
    if (localId !== null) plan.existingArticles.set(article.sha256, localId)
    else if (sameStory) {
      plan.sameStories.set(article.sha256, sameStory)
      plan.existingArticles.set(sameStory.sha256, sameStory.id)
    } else plan.newArticles.push(article)
  }
  return plan
}

/** The tags an annotation may carry: the corpus's and those the bundle's manifest brings. */
export function knownTagNames(db: Db, manifest: BundleManifest): Set<string> {
  return new Set([...listTags(db), ...manifest.tags].map((tag) => tag.name))
}

/**
 * Plans a bundle's annotations one at a time: checks each against its article and the tags, anchors
 * it, and collects the analysts who made them and the annotations that became orphans.
 */
export class AnnotationPlanner {
  readonly analysts = new Map<string, Analyst>()
  readonly orphans: NewOrphan[] = []

  constructor(
    private readonly db: Db,
    private readonly fileName: string,
    private readonly articles: ArticlePlan,
    private readonly knownTags: ReadonlySet<string>
  ) {}

  /** The text an annotation points into: the bundle's article, or else the corpus's (remembered). */
  private textOf(sha256: string): AnnotatedText | null {
    const known = this.articles.texts.get(sha256)
    if (known) return known
    // An annotation may point at an article the bundle leaves out, when the receiver has it already.
    const localId = findArticleBySha(this.db, sha256)
    if (localId === null) return null
    const { text } = getArticle(this.db, localId)
    const found = { text, converter: new OffsetConverter(text) }
    this.articles.texts.set(sha256, found)
    this.articles.existingArticles.set(sha256, localId)
    return found
  }

  /**
   * The annotation ready to store, or null when it is kept as an orphan; a UserError naming the file
   * and the annotation when its article is in neither the bundle nor the corpus, its tag is unknown,
   * or its selectors do not fit the article's text.
   */
  plan(incoming: BundleAnnotation): PlannedAnnotation | null {
    const { id, sourceSha, tag, quote, position, creator, replaces } = incoming
    const fail = (problem: string) => bundleError(this.fileName, `annotation urn:uuid:${id} — ${problem}`)
    const source = this.textOf(sourceSha)
    if (!source) {
      throw fail(`its article urn:sha256:${sourceSha} is neither in the bundle nor in this corpus`)
    }
    if (!this.knownTags.has(tag)) {
      throw fail(`its tag "${tag}" is neither in the bundle's manifest nor in this corpus`)
    }
    const span = anchorAnnotation(source.text, source.converter, { position, quote })
    if ('problem' in span) throw fail(span.problem)
    if (!this.analysts.has(creator.id)) this.analysts.set(creator.id, creator)
    const story = this.articles.sameStories.get(sourceSha)
    if (!story) return { sourceSha, annotation: annotationAt(incoming, span.value), replaces }
    // The selectors fit the bundle's text (checked above); now find the span in our text of the story.
    const found = reanchor(story.text, { quote, hint: span.value })
    if (!found) {
      const reason = `its quoted text is no longer in “${story.title}” here, even approximately`
      const { sourceSha: _source, position: _position, ...annotation } = incoming
      this.orphans.push({ articleId: story.id, annotation, file: this.fileName, reason })
      return null
    }
    const moved = { ...annotationAt(incoming, found), quote: quoteAt(story.text, found.start, found.end) }
    return { sourceSha: story.sha256, annotation: moved, replaces }
  }
}

/**
 * What importing `bundle` into `db` would write, or a UserError naming `fileName` and the first
 * annotation whose article is in neither the bundle nor the corpus, whose tag is unknown, or whose
 * selectors do not fit the article's text.
 */
export function planImport(db: Db, fileName: string, bundle: ParsedBundle): ImportPlan {
  const articles = planArticles(db, bundle.articles)
  const planner = new AnnotationPlanner(db, fileName, articles, knownTagNames(db, bundle.manifest))
  const annotations: PlannedAnnotation[] = []
  for (const incoming of bundle.annotations) {
    const planned = planner.plan(incoming)
    if (planned) annotations.push(planned)
  }
  return {
    newArticles: articles.newArticles,
    existingArticles: articles.existingArticles,
    articlesExisting: bundle.articles.length - articles.newArticles.length - articles.sameStories.size,
    articlesReanchored: articles.sameStories.size,
    analysts: [...planner.analysts.values()],
    tags: bundle.manifest.tags.map((tag) => ({ ...tag, builtin: false })),
    annotations,
    orphans: planner.orphans
  }
}
