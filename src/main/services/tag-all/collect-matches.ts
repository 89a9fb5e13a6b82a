// Runs phrases and rules over the articles of a scope and collects the spans they would tag, skipping
// spans that already carry the tag. Shared by tag-all-matches and saved rules, preview and apply.
import type { Db } from '../../db/connection'
import { UserError } from '../../../shared/errors'
import type { TagMatch, TagScope } from '../../../shared/model'
import { quoteAt } from '../../../shared/text-quote'
import { findMatches, type Matcher } from './match-pattern'

export interface CompiledRule {
  pattern: Matcher
  /** How the rule is named in previews, messages and provenance ('phrase:"Putin"'). */
  label: string
}

export interface Collected {
  matches: TagMatch[]
  alreadyTagged: number
  problems: string[]
}

/** How long one rule may run over one article before it is stopped there (see findMatches). */
export const RULE_BUDGET_MS = 50

interface ArticleRow {
  id: number
  title: string
  text: string
}

function articlesOf(db: Db, scope: TagScope, articleIds: readonly number[] = []): Iterable<ArticleRow> {
  if (scope === 'corpus')
    return db.prepare('SELECT id, title, text FROM article ORDER BY id').iterate() as Iterable<ArticleRow>
  if (articleIds.length === 0) throw new UserError(`Choose the article${scope === 'articles' ? 's' : ''} to tag in.`)
  if (scope === 'article' && articleIds.length > 1) throw new UserError('Scope "article" takes one article.')
  const get = db.prepare('SELECT id, title, text FROM article WHERE id = ?')
  return [...new Set(articleIds)].map((id) => {
    const row = get.get(id) as ArticleRow | undefined
    if (!row) throw new UserError(`There is no article ${id} in this corpus.`)
    return row
  })
}

/** Spans of each article that already carry `tag`. */
function taggedSpans(db: Db, tag: string): Map<number, { start: number; end: number }[]> {
  const rows = db
    .prepare('SELECT article_id AS articleId, start_u16 AS start, end_u16 AS end FROM annotation WHERE tag = ?')
    .all(tag) as { articleId: number; start: number; end: number }[]
  const byArticle = new Map<number, { start: number; end: number }[]>()
  for (const row of rows) {
    const list = byArticle.get(row.articleId) ?? []
    list.push(row)
    byArticle.set(row.articleId, list)
  }
  return byArticle
}

/** Every span the rules match in the scope's articles, minus those already tagged, in reading order. */
export function collectMatches(
  db: Db,
  tag: string,
  rules: readonly CompiledRule[],
  scope: TagScope,
  articleIds?: readonly number[]
): Collected {
  const tagged = taggedSpans(db, tag)
  const matches: TagMatch[] = []
  const problems: string[] = []
  let alreadyTagged = 0
  for (const article of articlesOf(db, scope, articleIds)) {
    const existing = tagged.get(article.id) ?? []
    const seen = new Set<string>()
    const found: TagMatch[] = []
    for (const rule of rules) {
      const run = findMatches(article.text, rule.pattern, RULE_BUDGET_MS)
      if (run.timedOut) {
        problems.push(
          `${rule.label} took longer than ${RULE_BUDGET_MS} ms on article ${article.id} ("${article.title}") and was stopped there after ${run.spans.length} matches.`
        )
      }
      for (const { start, end } of run.spans) {
        const key = `${start}:${end}`
        if (seen.has(key)) continue
        seen.add(key)
        if (existing.some((a) => a.start <= start && end <= a.end)) {
          alreadyTagged++
          continue
        }
        found.push({
          articleId: article.id,
          title: article.title,
          start,
          end,
          quote: quoteAt(article.text, start, end),
          rule: rule.label
        })
      }
    }
    matches.push(...found.sort((a, b) => a.start - b.start || a.end - b.end))
  }
  return { matches, alreadyTagged, problems }
}
