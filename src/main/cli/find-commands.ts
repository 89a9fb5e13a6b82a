// The find-and-compare commands of the `workbench` CLI (issue 6): search, and later stories and
// comparisons. Registered in commands.ts.
import { UserError } from '../../shared/errors'
import type { SearchHit, SearchScope } from '../../shared/model'
import { search } from '../services/search/search'
import { createStory, deleteStory, getStory, listStories, updateStory } from '../services/stories/stories'
import { suggestStories } from '../services/stories/suggest-stories'
import { requireProfile } from '../handlers'
import { compareStory } from '../services/compare/compare-story'
import { exportComparison } from '../services/compare/export-comparison'
import { writeFileSync } from 'node:fs'
import type { Story } from '../../shared/model'
import type { Command, CommandContext } from './commands'

const SCOPES: readonly SearchScope[] = ['all', 'text', 'annotations']

function option(values: CommandContext['values'], name: string): string | undefined {
  const value = values[name]
  return typeof value === 'string' ? value : undefined
}

function dateOption(values: CommandContext['values'], name: string): string | undefined {
  const value = option(values, name)
  if (value !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(value))
    throw new UserError(`--${name} must be a date written YYYY-MM-DD, not "${value}"`)
  return value
}

/** One keyword-in-context line: where, then the words around the match with the match in [brackets]. */
export function formatHit(hit: SearchHit): string {
  const where = hit.annotation ? `${hit.annotation.tag} by ${hit.annotation.creator}` : hit.field
  const line = `${hit.before}[${hit.match}]${hit.after}`.replace(/\s+/g, ' ')
  return `#${hit.articleId}\t${hit.start}-${hit.end}\t${hit.outlet ?? '—'}\t${where}\t${line}`
}

/** Article numbers as the CLI takes them: 12 or #12. */
function articleIds(refs: string[]): number[] {
  return refs.map((ref) => {
    const match = /^#?(\d+)$/.exec(ref)
    if (!match) throw new UserError(`"${ref}" is not an article number (see \`workbench list\`)`)
    return Number(match[1])
  })
}

function storyId(ref: string | undefined): number {
  if (!ref || !/^\d+$/.test(ref)) throw new UserError('name the story by its number (see `workbench story list`)')
  return Number(ref)
}

function printStory(story: Story, out: (line: string) => void): void {
  out(`story ${story.id}: ${story.title} (${story.articles.length} articles, by ${story.creator.name})`)
  for (const a of story.articles) out(`  #${a.id}\t${a.publishedDate ?? '—'}\t${a.outlet ?? '—'}\t${a.title}`)
}

const STORY_ACTIONS =
  'list | suggest | show ID | create --title T ARTICLES… | add ID ARTICLES… | remove ID ARTICLES… | rename ID --title T | delete ID'

export const FIND_COMMANDS: Record<string, Command> = {
  search: {
    args: 'QUERY [--tag T --analyst A --outlet O --from D --to D --scope all|text|annotations]',
    summary: 'full-text search: "phrases", prefix*, AND, OR, NOT; hits in context with offsets',
    options: {
      tag: { type: 'string' },
      analyst: { type: 'string' },
      outlet: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      status: { type: 'string' },
      scope: { type: 'string' },
      limit: { type: 'string' }
    },
    run: ({ db, values, positionals, io }) => {
      if (positionals.length === 0) throw new UserError('give a search query, e.g. workbench search "troops"')
      const scope = option(values, 'scope') ?? 'all'
      if (!SCOPES.includes(scope as SearchScope)) throw new UserError(`--scope must be all, text or annotations`)
      const limit = option(values, 'limit')
      if (limit !== undefined && !/^[1-9]\d{0,3}$/.test(limit)) throw new UserError('--limit must be 1–9999')
      const results = search(db, {
        query: positionals.join(' '),
        scope: scope as SearchScope,
        tag: option(values, 'tag'),
        analyst: option(values, 'analyst'),
        outlet: option(values, 'outlet'),
        from: dateOption(values, 'from'),
        to: dateOption(values, 'to'),
        status: option(values, 'status'),
        limit: limit === undefined ? undefined : Number(limit)
      })
      for (const hit of results.hits) io.out(formatHit(hit))
      io.out(
        `${results.articleCount} article${results.articleCount === 1 ? '' : 's'} and ${results.annotationCount} annotation${
          results.annotationCount === 1 ? '' : 's'
        } match ${results.expression}${results.truncated ? ' (more than shown: raise --limit)' : ''}`
      )
      return 0
    }
  },
  story: {
    args: STORY_ACTIONS,
    summary: 'stories: articles that report the same event, by hand or from suggestions',
    options: { title: { type: 'string' } },
    run: ({ db, values, positionals, io }) => {
      const [action, ...rest] = positionals
      const title = option(values, 'title')
      switch (action) {
        case 'list': {
          const stories = listStories(db)
          for (const story of stories) printStory(story, io.out)
          io.out(`${stories.length} stor${stories.length === 1 ? 'y' : 'ies'}`)
          return 0
        }
        case 'suggest': {
          const suggestions = suggestStories(db)
          for (const s of suggestions) {
            const held = s.existingStoryId ? ` (already story ${s.existingStoryId})` : ''
            io.out(`${s.title}: articles ${s.articleIds.map((id) => `#${id}`).join(' ')}, score ${s.score}${held}`)
            io.out(`  shared: ${s.shared.map((item) => `${item.kind} “${item.text}” ×${item.articles}`).join('; ')}`)
          }
          io.out(`${suggestions.length} suggestion${suggestions.length === 1 ? '' : 's'}`)
          return 0
        }
        case 'show':
          printStory(getStory(db, storyId(rest[0])), io.out)
          return 0
        case 'create':
          if (!title) throw new UserError('give the story a title: --title "…"')
          printStory(createStory(db, requireProfile(db), { title, articleIds: articleIds(rest) }), io.out)
          return 0
        case 'add':
        case 'remove':
          printStory(updateStory(db, { id: storyId(rest[0]), [action]: articleIds(rest.slice(1)) }), io.out)
          return 0
        case 'rename':
          if (!title) throw new UserError('give the new title: --title "…"')
          printStory(updateStory(db, { id: storyId(rest[0]), title }), io.out)
          return 0
        case 'delete':
          deleteStory(db, storyId(rest[0]))
          io.out(`deleted story ${rest[0]}`)
          return 0
        default:
          throw new UserError(`say what to do: workbench story ${STORY_ACTIONS}`)
      }
    }
  },
  compare: {
    args: 'STORY [--csv FILE] [--html FILE]',
    summary: 'a story’s figures, quotes and claims per outlet, disagreements marked; CSV or HTML report',
    options: { csv: { type: 'string' }, html: { type: 'string' } },
    run: ({ db, values, positionals, io }) => {
      const id = storyId(positionals[0])
      for (const format of ['csv', 'html'] as const) {
        const out = option(values, format)
        if (!out) continue
        writeFileSync(out, exportComparison(db, id, format).text)
        io.out(`wrote ${out}`)
      }
      if (option(values, 'csv') || option(values, 'html')) return 0
      const comparison = compareStory(db, id)
      io.out(`${comparison.story.title}: ${comparison.outlets.join(' · ')}`)
      for (const row of comparison.figures) {
        io.out(`figures in ${row.unit ?? '(not normalised)'}${row.disagreement ? '  ✗ outlets disagree' : ''}`)
        for (const f of row.figures)
          io.out(`  ${f.outlet}: ${f.label}${f.disagrees ? '  ✗' : ''}  (#${f.articleId} ${f.start}-${f.end})`)
      }
      comparison.quotes.forEach((row, i) => {
        const flags = [row.wordingDiffers && 'wording differs', row.speakersDiffer && 'speakers differ'].filter(Boolean)
        io.out(`quote ${i + 1}${flags.length ? `  (${flags.join(', ')})` : ''}`)
        for (const q of row.items) io.out(`  ${q.outlet}: “${q.quote}” — ${q.speaker ?? 'speaker not given'}`)
      })
      comparison.claims.forEach((row, i) => {
        io.out(`claim ${i + 1}`)
        for (const c of row.items) io.out(`  ${c.outlet}: ${c.quote}${c.status ? ` [${c.status}]` : ''}`)
      })
      return 0
    }
  }
}
