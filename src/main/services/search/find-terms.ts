// Where a query's words, prefixes and phrases occur in an article, in UTF-16 offsets. FTS5 says
// which articles match but counts its offsets in tokens, and its highlight() re-reads the whole
// article through the query (about 1 ms an article for a prefix); this runs one regular expression
// over a folded copy of the text and stops when it has enough hits. Matching follows FTS5's
// unicode61 tokenizer with remove_diacritics: words are runs of letters and digits, compared
// without case or accents.
import type { Span } from './keyword-in-context'
import type { QueryNode } from './search-query'

/** A word or phrase as a sequence of folded tokens; the last may be a prefix. */
export interface Term {
  tokens: string[]
  prefix: boolean
}

const TOKEN = /[\p{L}\p{N}\p{Co}]+/gu
const WORD_CHAR = '[\\p{L}\\p{N}\\p{Co}]'

/** One UTF-16 unit without case or accent, or itself when folding would change the length. */
function foldUnit(unit: string): string {
  const folded = unit.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
  return folded.length === 1 ? folded : unit
}

/**
 * The text without case or accents, of exactly the same length, so that offsets found in it are
 * offsets in the text ("Café" → "cafe"; an astral character is left as it is).
 */
export function foldText(text: string): string {
  const lower = text.toLowerCase()
  if (lower.length === text.length) return lower.replace(/[\u0080-\uffff]/g, foldUnit)
  return text.replace(/[\u0080-\uffff]|[A-Z]/g, (unit) => foldUnit(unit))
}

const tokensOf = (text: string): string[] => Array.from(foldText(text).matchAll(TOKEN), (m) => m[0])

/** The words and phrases a query looks for: everything but what NOT excludes. */
export function termsOf(node: QueryNode): Term[] {
  switch (node.kind) {
    case 'word':
      return [{ tokens: tokensOf(node.text), prefix: node.prefix }]
    case 'phrase':
      return [{ tokens: tokensOf(node.text), prefix: false }]
    case 'and':
    case 'or':
      return node.items.flatMap(termsOf)
    case 'not':
      return termsOf(node.keep)
  }
}

const escape = (token: string): string => token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** One expression for all terms; longer phrases first, so "serious and substantive" wins over "serious". */
function patternOf(terms: readonly Term[]): RegExp | null {
  const usable = terms.filter((term) => term.tokens.length > 0)
  if (usable.length === 0) return null
  const alternatives = [...usable]
    .sort((a, b) => b.tokens.length - a.tokens.length)
    .map((term) => {
      const words = term.tokens.map(escape).join(`${WORD_CHAR.replace('[', '[^')}+`)
      return term.prefix ? `${words}${WORD_CHAR}*` : `${words}(?!${WORD_CHAR})`
    })
  return new RegExp(`(?<!${WORD_CHAR})(?:${alternatives.join('|')})`, 'gu')
}

/** The first `max` places in `text` where any of `terms` occurs, in reading order, as UTF-16 spans. */
export function findTerms(text: string, terms: readonly Term[], max: number): Span[] {
  const pattern = patternOf(terms)
  if (!pattern) return []
  const spans: Span[] = []
  for (const match of foldText(text).matchAll(pattern)) {
    spans.push({ start: match.index, end: match.index + match[0].length })
    if (spans.length >= max) break
  }
  return spans
}
