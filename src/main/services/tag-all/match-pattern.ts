// Turning what an analyst types (a phrase, or a regular expression) into a safe pattern, and running
// it over a text within a time budget. Whole-word matching is Unicode-aware: a match may not start
// or end inside a word of any script ("Mark" never matches inside "benchMARKing" or "Markús").
import safeRegex from 'safe-regex2'
import { UserError } from '../../../shared/errors'

export interface MatchOptions {
  wholeWord: boolean
  caseSensitive: boolean
}

export type RuleKind = 'phrase' | 'regex'

/** A letter, mark, digit or connector of any script: what a word is made of. */
const WORD_CHAR = /^[\p{L}\p{M}\p{N}\p{Pc}]$/u

/** A compiled phrase or regex. Word boundaries are checked in code, not in the pattern (see below). */
export interface Matcher {
  regex: RegExp
  wholeWord: boolean
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')

/**
 * The pattern for a phrase or a regular expression, or a UserError saying what is wrong with it
 * (`what` names it in the message, e.g. `rule 3 of rules.json`). Regular expressions that could
 * backtrack catastrophically (nested quantifiers such as `(a+)+`) are refused up front.
 */
export function compilePattern(kind: RuleKind, pattern: string, options: MatchOptions, what = 'the pattern'): Matcher {
  const trimmed = kind === 'phrase' ? pattern.trim() : pattern
  if (!trimmed) throw new UserError(`${capital(what)} is empty.`)
  const source =
    kind === 'phrase'
      ? trimmed
          .split(/\s+/)
          .map(escape)
          .join(String.raw`\s+`)
      : trimmed
  if (kind === 'regex') {
    try {
      new RegExp(source, 'u')
    } catch (error) {
      throw new UserError(
        `${capital(what)} /${pattern}/ is not a valid regular expression: ${(error as Error).message}.`
      )
    }
    if (!safeRegex(source)) {
      throw new UserError(
        `${capital(what)} /${pattern}/ could take exponential time on some texts (a repeated group inside a repetition); rewrite it without nested repetition.`
      )
    }
  }
  // Boundaries as lookarounds would start the pattern with a lookbehind, which stops the regex
  // engine from scanning ahead for the phrase's first letters; checking them per match is 3× faster.
  return { regex: new RegExp(source, options.caseSensitive ? 'gu' : 'giu'), wholeWord: options.wholeWord }
}

/** The character (code point) just before `offset`, or "" at the start. */
function charBefore(text: string, offset: number): string {
  if (offset === 0) return ''
  const low = text.charCodeAt(offset - 1)
  const pair = low >= 0xdc00 && low <= 0xdfff && offset >= 2
  return text.slice(pair ? offset - 2 : offset - 1, offset)
}

/** Whether [start, end) stands alone: no word character of any script touches either end. */
function isWholeWord(text: string, start: number, end: number): boolean {
  const after = String.fromCodePoint(text.codePointAt(end) ?? 32)
  return !WORD_CHAR.test(charBefore(text, start)) && !WORD_CHAR.test(after)
}

const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)

export interface Span {
  start: number
  end: number
}

export interface MatchRun {
  spans: Span[]
  /** Set when the time budget ran out before the end of the text: the spans found so far are kept. */
  timedOut: boolean
}

/**
 * Every non-empty (whole-word, if asked) match in `text`, giving up when `budgetMs` has passed (checked between
 * matches; refusing nested quantifiers up front keeps each single match short).
 */
export function findMatches(text: string, matcher: Matcher, budgetMs = 50): MatchRun {
  const spans: Span[] = []
  const started = performance.now()
  const pattern = matcher.regex
  pattern.lastIndex = 0
  let tried = 0
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if ((++tried & 63) === 0 && performance.now() - started > budgetMs) return { spans, timedOut: true }
    const end = m.index + m[0].length
    if (m[0].length === 0 || (matcher.wholeWord && !isWholeWord(text, m.index, end))) {
      // Try again from the next character (not the next unit: never inside a surrogate pair): a
      // whole-word match may start inside this one.
      pattern.lastIndex = m.index + ((text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1)
      continue
    }
    spans.push({ start: m.index, end })
  }
  return { spans, timedOut: false }
}
