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

const folds = new Map<string, string>()

/** One UTF-16 unit without case or accent, or itself when folding would change the length. */
function foldUnit(unit: string): string {
  let folded = folds.get(unit)
  if (folded === undefined) {
    folded = unit.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    if (folded.length !== 1) folded = unit
    // At most one entry per UTF-16 unit (65,536): articles repeat the same few (quotes, dashes, flags).
    folds.set(unit, folded)
  }
  return folded
}

/**
 * The text without case or accents, of exactly the same length, so that offsets found in it are
 * offsets in the text ("Café" → "cafe"; an astral character is left as it is).
 */
export function foldText(text: string): string {
  const lower = text.toLowerCase()
  if (lower.length === text.length) {
    // A loop, not replace() with a callback: most units past ASCII (quotes, dashes, emoji) fold to
    // themselves, and a callback per unit cost more than the rest of finding the terms.
    let folded = ''
    let copied = 0
    for (let i = 0; i < lower.length; i++) {
      if (lower.charCodeAt(i) < 0x80) continue
      const unit = foldUnit(lower[i])
      if (unit === lower[i]) continue
      folded += lower.slice(copied, i) + unit
      copied = i + 1
    }
    return copied === 0 ? lower : folded + lower.slice(copied)
  }
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
const IS_WORD = new RegExp(WORD_CHAR, 'u')

/** Whether the code point ending just before `at` is a letter or digit (a lookbehind, by hand). */
function wordBefore(text: string, at: number): boolean {
  if (at === 0) return false
  const low = text.charCodeAt(at - 1)
  const pair = low >= 0xdc00 && low <= 0xdfff && at >= 2 && (text.charCodeAt(at - 2) & 0xfc00) === 0xd800
  return IS_WORD.test(pair ? text.slice(at - 2, at) : text[at - 1])
}

/** A term's matcher: its first word is looked for with indexOf, the rest checked in place. */
interface Matcher {
  first: string
  rest: RegExp
}

const compiled = new WeakMap<readonly Term[], Matcher[]>()

/**
 * Longer phrases first, so "serious and substantive" wins over "serious" where both start. Made once
 * per list of terms: a search looks for the same terms in each of up to 100 articles.
 */
function matchersOf(terms: readonly Term[]): Matcher[] {
  let matchers = compiled.get(terms)
  if (!matchers) compiled.set(terms, (matchers = compile(terms)))
  return matchers
}

function compile(terms: readonly Term[]): Matcher[] {
  return terms
    .filter((term) => term.tokens.length > 0)
    .sort((a, b) => b.tokens.length - a.tokens.length)
    .map((term) => {
      const words = term.tokens.map(escape).join(`${WORD_CHAR.replace('[', '[^')}+`)
      const end = term.prefix ? `${WORD_CHAR}*` : `(?!${WORD_CHAR})`
      return { first: term.tokens[0], rest: new RegExp(`${words}${end}`, 'uy') }
    })
}

/** Where the matcher's term next occurs at or after `from` in the folded text, or null. */
function nextOf(folded: string, matcher: Matcher, from: number): Span | null {
  for (let at = folded.indexOf(matcher.first, from); at >= 0; at = folded.indexOf(matcher.first, at + 1)) {
    if (wordBefore(folded, at)) continue
    matcher.rest.lastIndex = at
    if (matcher.rest.test(folded)) return { start: at, end: matcher.rest.lastIndex }
  }
  return null
}

/**
 * The first `max` places in `text` where any of `terms` occurs, in reading order, as UTF-16 spans:
 * what one expression `(?<!\w)(?:longest|…|shortest)` would find, but each term is sought with
 * indexOf, which skips ahead far faster than a regular expression tried at every position.
 */
export function findTerms(text: string, terms: readonly Term[], max: number): Span[] {
  const matchers = matchersOf(terms)
  if (matchers.length === 0) return []
  const folded = foldText(text)
  const next = matchers.map((matcher) => nextOf(folded, matcher, 0))
  const spans: Span[] = []
  while (spans.length < max) {
    let best = -1
    next.forEach((span, i) => {
      if (span && (best < 0 || span.start < (next[best] as Span).start)) best = i
    })
    if (best < 0) break
    const found = next[best] as Span
    spans.push(found)
    next.forEach((span, i) => {
      if (span && span.start < found.end) next[i] = nextOf(folded, matchers[i], found.end)
    })
  }
  return spans
}
