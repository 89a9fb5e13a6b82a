// Saved tagging rules: per tag, phrases and regular expressions stored in the corpus and run on demand,
// always previewed before they write. A set of rules is saved whole or not at all: the first bad rule
// is named and nothing is stored.
import type { Db } from '../../db/connection'
import { UserError } from '../../../shared/errors'
import type { EditResult } from '../../../shared/editing'
import type { Analyst, TagAllPreview, TagRule, TagScope } from '../../../shared/model'
import { assertTag } from '../annotations'
import { createAnnotations } from '../editing'
import { collectMatches, type CompiledRule } from './collect-matches'
import { compilePattern } from './match-pattern'
import { previewOf } from './tag-all'

export interface RuleDraft {
  tag: string
  kind: 'phrase' | 'regex'
  pattern: string
  caseSensitive?: boolean
  wholeWord?: boolean
}

interface RuleRow {
  id: number
  tag: string
  kind: 'phrase' | 'regex'
  pattern: string
  case_sensitive: number
  whole_word: number
}

const toRule = (row: RuleRow): TagRule => ({
  id: row.id,
  tag: row.tag,
  kind: row.kind,
  pattern: row.pattern,
  caseSensitive: row.case_sensitive === 1,
  wholeWord: row.whole_word === 1
})

/** The saved rules, of one tag or all, in the order they were saved. */
export function listRules(db: Db, tag?: string): TagRule[] {
  const rows = (
    tag === undefined
      ? db.prepare('SELECT * FROM tag_rule ORDER BY id').all()
      : db.prepare('SELECT * FROM tag_rule WHERE tag = ? ORDER BY id').all(tag)
  ) as RuleRow[]
  return rows.map(toRule)
}

const compiled = (rule: RuleDraft, what: string): CompiledRule => ({
  pattern: compilePattern(
    rule.kind,
    rule.pattern,
    { wholeWord: rule.wholeWord ?? true, caseSensitive: rule.caseSensitive ?? false },
    what
  ),
  label: rule.kind === 'phrase' ? `phrase:"${rule.pattern.trim()}"` : `regex:/${rule.pattern}/`
})

/**
 * Saves rules (a rule saved before is kept once) and returns every saved rule of their tags. `source`
 * names where they came from in messages ("rules.json").
 */
export function saveRules(db: Db, drafts: readonly RuleDraft[], source = 'the rules', now = new Date()): TagRule[] {
  drafts.forEach((draft, index) => {
    const what = `rule ${index + 1} of ${source}`
    try {
      assertTag(db, draft.tag)
    } catch (error) {
      throw new UserError(`${what[0].toUpperCase()}${what.slice(1)}: ${(error as Error).message}`)
    }
    compiled(draft, what)
  })
  const insert = db.prepare(
    `INSERT OR IGNORE INTO tag_rule (tag, kind, pattern, case_sensitive, whole_word, created) VALUES (?, ?, ?, ?, ?, ?)`
  )
  db.transaction(() => {
    for (const d of drafts) {
      const pattern = d.kind === 'phrase' ? d.pattern.trim() : d.pattern
      insert.run(d.tag, d.kind, pattern, d.caseSensitive ? 1 : 0, d.wholeWord === false ? 0 : 1, now.toISOString())
    }
  })()
  const tags = new Set(drafts.map((d) => d.tag))
  return listRules(db).filter((rule) => tags.has(rule.tag))
}

/** Deletes a saved rule. */
export function deleteRule(db: Db, id: number): void {
  if (db.prepare('DELETE FROM tag_rule WHERE id = ?').run(id).changes === 0) {
    throw new UserError(`There is no saved rule ${id}.`)
  }
}

export interface RunRulesInput {
  /** The rules to run; all saved rules (of `tag`, if given) when absent. */
  ruleIds?: number[]
  tag?: string
  scope: TagScope
  articleIds?: number[]
}

function chosenRules(db: Db, input: RunRulesInput): TagRule[] {
  const all = listRules(db, input.tag)
  if (!input.ruleIds) return all
  return input.ruleIds.map((id) => {
    const rule = all.find((r) => r.id === id)
    if (!rule) throw new UserError(`There is no saved rule ${id}${input.tag ? ` for tag "${input.tag}"` : ''}.`)
    return rule
  })
}

function collectByTag(db: Db, input: RunRulesInput) {
  const rules = chosenRules(db, input)
  if (rules.length === 0) throw new UserError('There are no saved rules to run.')
  const tags = [...new Set(rules.map((r) => r.tag))]
  return tags.map((tag) => {
    const mine = rules.filter((r) => r.tag === tag).map((r) => compiled(r, `rule ${r.id}`))
    return { tag, collected: collectMatches(db, tag, mine, input.scope, input.articleIds) }
  })
}

/** What running the rules would tag, per tag; writes nothing. */
export function previewRules(db: Db, input: RunRulesInput): TagAllPreview[] {
  return collectByTag(db, input).map(({ tag, collected }) => previewOf(tag, collected))
}

/** Runs the rules and tags every match, of every tag, as one step; null when nothing matched. */
export function applyRules(db: Db, analyst: Analyst, input: RunRulesInput, now = new Date()): EditResult | null {
  const at = now.toISOString()
  const acceptedBy = { id: analyst.id, name: analyst.name }
  const inputs = collectByTag(db, input).flatMap(({ tag, collected }) =>
    collected.matches.map((m) => ({
      articleId: m.articleId,
      tag,
      start: m.start,
      end: m.end,
      provenance: { rule: m.rule, acceptedBy, acceptedAt: at }
    }))
  )
  if (inputs.length === 0) return null
  return createAnnotations(db, analyst, inputs, `Run tagging rules (${inputs.length} matches)`, now)
}
