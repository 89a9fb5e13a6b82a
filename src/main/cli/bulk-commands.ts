// `workbench tag` and `workbench suggest`: bulk tagging and the suggester from the command line. Each
// prints what it found and what it wrote; --dry-run writes nothing.
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { UserError } from '../../shared/errors'
import type { EditResult } from '../../shared/editing'
import { SUGGESTION_KINDS, type SuggestionKind, type TagAllPreview, type TagScope } from '../../shared/model'
import { requireProfile } from '../handlers'
import { listArticles } from '../services/corpus'
import { acceptAllSuggestions, listSuggestions } from '../services/suggestions'
import { parseRulesFile } from '../services/tag-all/rules-file'
import { applyTagAll, previewTagAll } from '../services/tag-all/tag-all'
import { applyRules, previewRules, saveRules } from '../services/tag-all/tag-rules'
import type { CliIo } from './index'
import { findArticle, type Command } from './commands'

/** How many matches a dry run prints; the count is always complete. */
const SHOWN = 20

function printPreview(preview: TagAllPreview, io: CliIo): void {
  io.out(
    `${preview.tag}: ${preview.count} match${preview.count === 1 ? '' : 'es'} in ${preview.articles} article${
      preview.articles === 1 ? '' : 's'
    }, ${preview.alreadyTagged} already tagged`
  )
  for (const m of preview.matches.slice(0, SHOWN)) {
    const context = `${m.quote.prefix.slice(-20)}[${m.quote.exact}]${m.quote.suffix.slice(0, 20)}`
    io.out(`  #${m.articleId} ${m.start}-${m.end}\t…${context.replace(/\s+/g, ' ')}…`)
  }
  if (preview.count > SHOWN) io.out(`  … and ${preview.count - SHOWN} more`)
  for (const problem of preview.problems) io.err(`warning: ${problem}`)
}

function printApplied(result: EditResult | null, io: CliIo): void {
  if (!result) io.out('nothing to tag')
  else io.out(`tagged ${result.changes.length} spans as one step: "${result.label}" (undo with the app's Undo)`)
}

function scopeOf(values: Record<string, string | boolean | undefined>, positionals: string[]) {
  const scope = (values.scope ?? (positionals.length ? 'articles' : 'corpus')) as TagScope
  if (!['article', 'articles', 'corpus'].includes(scope))
    throw new UserError(`--scope is article, articles or corpus, not "${scope}"`)
  return scope
}

function kindsOf(value: string | boolean | undefined): SuggestionKind[] {
  if (typeof value !== 'string') return [...SUGGESTION_KINDS]
  const kinds = value.split(',').map((k) => k.trim())
  for (const kind of kinds) {
    if (!SUGGESTION_KINDS.includes(kind as SuggestionKind))
      throw new UserError(`--kinds takes quote, figure or claim, not "${kind}"`)
  }
  return kinds as SuggestionKind[]
}

export const BULK_COMMANDS: Record<string, Command> = {
  tag: {
    args: '--phrase TEXT|--regex RE --tag T [--scope article|articles|corpus] [--articles A,B | articles…] [--case] [--substring] [--dry-run] | --rules FILE | --saved [--tag T] [--dry-run]',
    summary: 'tag every whole-word match of a phrase (or regex, or a rules file) in articles or the corpus',
    options: {
      phrase: { type: 'string' },
      regex: { type: 'string' },
      tag: { type: 'string', short: 't' },
      scope: { type: 'string' },
      articles: { type: 'string' },
      rules: { type: 'string' },
      saved: { type: 'boolean' },
      case: { type: 'boolean' },
      substring: { type: 'boolean' },
      'dry-run': { type: 'boolean', short: 'n' }
    },
    run: ({ db, values, positionals, io }) => {
      const refs = [...positionals, ...(typeof values.articles === 'string' ? values.articles.split(',') : [])]
      const scope = scopeOf(values, refs)
      const articleIds = refs.map((ref) => findArticle(db, ref.trim()).id)
      const dryRun = values['dry-run'] === true
      if (typeof values.rules === 'string') {
        const file = values.rules
        let text: string
        try {
          text = readFileSync(file, 'utf8')
        } catch (error) {
          throw new UserError(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code})`)
        }
        const saved = saveRules(db, parseRulesFile(basename(file), text), basename(file))
        io.out(
          `${saved.length} saved rule${saved.length === 1 ? '' : 's'} for ${[...new Set(saved.map((r) => r.tag))].join(', ')}`
        )
        const run = { ruleIds: saved.map((r) => r.id), scope, articleIds }
        for (const preview of previewRules(db, run)) printPreview(preview, io)
        if (!dryRun) printApplied(applyRules(db, requireProfile(db), run), io)
        return 0
      }
      if (values.saved === true) {
        const run = { tag: typeof values.tag === 'string' ? values.tag : undefined, scope, articleIds }
        for (const preview of previewRules(db, run)) printPreview(preview, io)
        if (!dryRun) printApplied(applyRules(db, requireProfile(db), run), io)
        return 0
      }
      if (typeof values.tag !== 'string') throw new UserError('say which tag to apply: --tag NAME')
      const input = {
        tag: values.tag,
        phrase: typeof values.phrase === 'string' ? values.phrase : undefined,
        regex: typeof values.regex === 'string' ? values.regex : undefined,
        scope,
        articleIds,
        wholeWord: values.substring !== true,
        caseSensitive: values.case === true
      }
      printPreview(previewTagAll(db, input), io)
      if (!dryRun) printApplied(applyTagAll(db, requireProfile(db), input), io)
      return 0
    }
  },
  suggest: {
    args: '[articles…] [--kinds quote,figure,claim] [--accept-all]',
    summary: 'list the suggester’s pending quotes, figures and claims, or accept them all',
    options: { kinds: { type: 'string', short: 'k' }, 'accept-all': { type: 'boolean' } },
    run: ({ db, values, positionals, io }) => {
      const kinds = kindsOf(values.kinds)
      const ids = positionals.length
        ? positionals.map((ref) => findArticle(db, ref).id)
        : listArticles(db).map((a) => a.id)
      if (values['accept-all'] === true) {
        const result = acceptAllSuggestions(db, requireProfile(db), ids, kinds)
        io.out(
          result
            ? `accepted ${result.changes.length} suggestions as one step: "${result.label}"`
            : 'no pending suggestions'
        )
        return 0
      }
      let total = 0
      for (const id of ids) {
        const article = findArticle(db, String(id))
        const pending = listSuggestions(db, id, kinds)
        total += pending.length
        io.out(`#${id} ${article.title}: ${pending.length} pending`)
        for (const s of pending) {
          const attributes = Object.entries(s.attributes)
            .map(([k, v]) => `${k}=${v}`)
            .join(' ')
          io.out(
            `  ${s.kind}\t${s.start}-${s.end}\t“${article.text.slice(s.start, s.end).slice(0, 70)}”\t${attributes}\t(${s.rule}, ${s.confidence})`
          )
        }
      }
      io.out(
        `${total} pending suggestion${total === 1 ? '' : 's'} in ${ids.length} article${ids.length === 1 ? '' : 's'}`
      )
      return 0
    }
  }
}
