// Tag all matches: every whole-word occurrence of a phrase (or a regular expression) in one article,
// the chosen articles or the whole corpus. The preview writes nothing; apply tags every match in one
// transaction as one undo step, each annotation recording the rule that matched and who applied it.
import type { Db } from '../../db/connection'
import type { EditResult } from '../../../shared/editing'
import type { Analyst, TagAllPreview, TagScope } from '../../../shared/model'
import { assertTag } from '../annotations'
import { createAnnotations } from '../editing'
import { UserError } from '../../../shared/errors'
import { collectMatches, type Collected, type CompiledRule } from './collect-matches'
import { compilePattern } from './match-pattern'

export interface TagAllInput {
  tag: string
  /** A phrase to find, or… */
  phrase?: string
  /** …a regular expression (JavaScript syntax, Unicode mode). */
  regex?: string
  scope: TagScope
  articleIds?: number[]
  wholeWord?: boolean
  caseSensitive?: boolean
}

/** How many matches a preview lists; the count is always complete. */
export const PREVIEW_LIMIT = 500

function ruleOf(input: TagAllInput): CompiledRule {
  if ((input.phrase === undefined) === (input.regex === undefined)) {
    throw new UserError('Give either a phrase or a regular expression to tag.')
  }
  const options = { wholeWord: input.wholeWord ?? true, caseSensitive: input.caseSensitive ?? false }
  return input.phrase !== undefined
    ? { pattern: compilePattern('phrase', input.phrase, options), label: `phrase:"${input.phrase.trim()}"` }
    : {
        pattern: compilePattern('regex', input.regex!, options, 'the regular expression'),
        label: `regex:/${input.regex}/`
      }
}

/** The preview of a collection: the count, the articles touched and the first matches in context. */
export function previewOf(tag: string, collected: Collected): TagAllPreview {
  return {
    tag,
    count: collected.matches.length,
    articles: new Set(collected.matches.map((m) => m.articleId)).size,
    alreadyTagged: collected.alreadyTagged,
    matches: collected.matches.slice(0, PREVIEW_LIMIT),
    truncated: collected.matches.length > PREVIEW_LIMIT,
    problems: collected.problems
  }
}

/** Writes every collected match as an annotation of `tag`: one step, or null when there is nothing. */
export function applyCollected(
  db: Db,
  analyst: Analyst,
  tag: string,
  collected: Collected,
  label: string,
  now = new Date()
): EditResult | null {
  if (collected.matches.length === 0) return null
  const at = now.toISOString()
  const acceptedBy = { id: analyst.id, name: analyst.name }
  const inputs = collected.matches.map((m) => ({
    articleId: m.articleId,
    tag,
    start: m.start,
    end: m.end,
    provenance: { rule: m.rule, acceptedBy, acceptedAt: at }
  }))
  return createAnnotations(db, analyst, inputs, label, now)
}

/** What tagging every match would do; writes nothing. */
export function previewTagAll(db: Db, input: TagAllInput): TagAllPreview {
  assertTag(db, input.tag)
  return previewOf(input.tag, collectMatches(db, input.tag, [ruleOf(input)], input.scope, input.articleIds))
}

/** Tags every match as one step; null when nothing matched. */
export function applyTagAll(db: Db, analyst: Analyst, input: TagAllInput, now = new Date()): EditResult | null {
  assertTag(db, input.tag)
  const rule = ruleOf(input)
  const collected = collectMatches(db, input.tag, [rule], input.scope, input.articleIds)
  const what = input.phrase !== undefined ? `"${input.phrase.trim()}"` : `/${input.regex}/`
  return applyCollected(db, analyst, input.tag, collected, `Tag all matches of ${what} as ${input.tag}`, now)
}
