// The import preview: the merge steps of a bundle as the analyst reads them.
import type { Db } from '../../db/connection'
import type { AnnotationVersionDigest, BundleImportPreview, MergeConflict, MergeItem } from '../../../shared/model'
import { findAnnotation } from '../annotations'
import { findArticleBySha, getArticle } from '../corpus'
import { stampOf, type IncomingSide, type LocalSide, type MergeStep } from './merge-plan'
import type { ImportPlan } from './plan-import'

function digest(side: LocalSide | IncomingSide): AnnotationVersionDigest {
  if (side.kind === 'deleted') {
    const { deleted, deletedBy } = side.tombstone
    return { state: 'deleted', deleted, deletedBy }
  }
  const annotation = 'planned' in side ? side.planned.annotation : side.annotation
  const { tag, quote, note, attributes, creator, modified } = annotation
  return { state: 'annotation', tag, exact: quote.exact, note, attributes, creator, modified }
}

/** Whether `a` was changed after `b`, comparing instants (stamps may differ in their time zone). */
function later(a: string, b: string): boolean {
  const [ta, tb] = [Date.parse(a), Date.parse(b)]
  return ta === tb ? a > b : ta > tb
}

/** The preview of a prepared import; reads titles from the bundle or the corpus. */
export function previewOf(db: Db, fileName: string, plan: ImportPlan, steps: MergeStep[]): BundleImportPreview {
  const titles = new Map(plan.newArticles.map((article) => [article.sha256, article.title]))
  const titleOf = (sha: string): string => {
    const known = titles.get(sha)
    if (known !== undefined) return known
    const id = findArticleBySha(db, sha)
    const title = id === null ? '(an article not in this corpus)' : getArticle(db, id).title
    titles.set(sha, title)
    return title
  }
  const item = (step: MergeStep): MergeItem => ({
    id: step.id,
    articleTitle: titleOf(
      step.incoming.kind === 'annotation' ? step.incoming.planned.sourceSha : step.incoming.tombstone.articleSha
    ),
    mine: step.local && digest(step.local),
    theirs: digest(step.incoming)
  })
  const preview: BundleImportPreview = {
    file: fileName,
    articlesAdded: plan.newArticles.length,
    articlesExisting: plan.articlesExisting,
    articlesReanchored: plan.articlesReanchored,
    added: [],
    changed: [],
    deleted: [],
    unchanged: 0,
    conflicts: [],
    orphans: plan.orphans
      .filter((orphan) => !findAnnotation(db, orphan.annotation.id))
      .map(({ articleId, annotation, file, reason }) => ({
        id: annotation.id,
        articleId,
        articleTitle: getArticle(db, articleId).title,
        tag: annotation.tag,
        quote: annotation.quote,
        note: annotation.note,
        creator: annotation.creator,
        reason,
        file
      }))
  }
  for (const step of steps) {
    const { kind, local, incoming } = step
    if (kind === 'unchanged') preview.unchanged++
    else if (kind === 'add' && incoming.kind === 'annotation') preview.added.push(item(step))
    else if (kind === 'replace' && incoming.kind === 'annotation') preview.changed.push(item(step))
    else if (kind === 'replace' && local?.kind === 'annotation') preview.deleted.push(item(step))
    else if (kind === 'conflict' && local) {
      const conflict: MergeConflict = {
        ...item(step),
        mine: digest(local),
        suggested: later(stampOf(incoming), stampOf(local)) ? 'theirs' : 'mine',
        canKeepBoth: local.kind === 'annotation' && incoming.kind === 'annotation'
      }
      preview.conflicts.push(conflict)
    }
  }
  return preview
}
