// Guesses an article's title, outlet, address, date and language from its text, for formats that carry
// no metadata of their own (.txt, .md without front matter, JSONL lines without fields). Every guess
// returns null rather than something doubtful: the analyst can fill a blank, but rarely notices a
// wrong value.

import type { CleanedText } from './clean-furniture'
import { findFullDate } from './detect-date'
import { isShortLink, outletFromUrl } from './outlets'

export interface DetectedMetadata {
  title: string | null
  outlet: string | null
  url: string | null
  publishedDate: string | null
  language: string | null
}

/** Returns what the text reveals about the article; `rawText` is searched for addresses the cleaning removed. */
export function detectMetadata(cleaned: CleanedText, rawText: string): DetectedMetadata {
  const lines = cleaned.text.split('\n').map((line) => line.trim())
  const url = detectUrl(rawText)
  return {
    title: detectTitle(lines),
    outlet:
      sourceLineOutlet(lines) ?? cleaned.publisher ?? (url === null ? null : outletFromUrl(url)) ?? bylineOutlet(lines),
    url,
    publishedDate: detectPublishedDate(cleaned.text),
    language: detectLanguage(cleaned.text)
  }
}

// Headlines sit at the top; looking further down would pick a subheading or a byline instead.
const TITLE_SEARCH_LINES = 5
const MAX_TITLE_LENGTH = 150

/**
 * Returns the first of the top lines that reads like a headline: short, at least two words, not a
 * date, source, address or byline line. A line without a final period is preferred; failing that, a
 * short line with one ("Update: … grow.") is taken. Null when no top line qualifies.
 */
export function detectTitle(lines: readonly string[]): string | null {
  const candidates = lines
    .filter((line) => line !== '')
    .slice(0, TITLE_SEARCH_LINES)
    .filter((line) => line.length <= MAX_TITLE_LENGTH && line.split(/\s+/).length >= 2 && !isMetaLine(line))
  return candidates.find((line) => !line.endsWith('.')) ?? candidates[0] ?? null
}

const BYLINE = /^\(?(?:By|(?:Story|Reporting|Report|Text|Written|Writing|Editing|Translation) by):?\s+(.+?)\)?$/i
const SOURCE_LINE = /^Source:\s*(.+)$/i
const URL_LINE = /^(?:(?:Source|URL|Link|Original(?: article)?)\s*:\s*)?(https?:\/\/\S+)$/i

// A publication date stands in an article's head (dateline, byline) or in its footer ("Published …").
// A full date deep in the body is the date of some event the story mentions, and a wrong date is worse
// than none; reading only the head and the foot also keeps the search cheap on long texts.
const DATE_HEAD_LENGTH = 1500
const DATE_FOOT_LENGTH = 500

/** The first full date in the article's head, else in its foot, as YYYY-MM-DD; null when neither states one. */
export function detectPublishedDate(text: string): string | null {
  if (text.length <= DATE_HEAD_LENGTH + DATE_FOOT_LENGTH) return findFullDate(text)?.iso ?? null
  return findFullDate(text.slice(0, DATE_HEAD_LENGTH))?.iso ?? findFullDate(text.slice(-DATE_FOOT_LENGTH))?.iso ?? null
}

/** True for lines that state something about the article rather than being its headline. */
function isMetaLine(line: string): boolean {
  return SOURCE_LINE.test(line) || URL_LINE.test(line) || BYLINE.test(line) || isDateLine(line)
}

/** True when the line is a date with at most a place and a weekday around it ("London, Thursday, 30 December 2021 -"). */
function isDateLine(line: string): boolean {
  const found = findFullDate(line)
  if (found === null) return false
  const rest = (line.slice(0, found.start) + ' ' + line.slice(found.end)).match(/\p{L}+/gu) ?? []
  return rest.length <= 3
}

/** Returns the outlet of a "Source: Meduza" line, or null. A source that is an address is left to the URL. */
function sourceLineOutlet(lines: readonly string[]): string | null {
  for (const line of lines) {
    const value = SOURCE_LINE.exec(line)?.[1].trim()
    if (value !== undefined && value.length <= 60 && !/^https?:/i.test(value)) return value
  }
  return null
}

// A byline names a person far more often than an outlet. It is taken as an outlet only when it says
// so: a desk after a dash ("The Decision Maker – International Relations editors") or a name starting
// with "The", which people's names do not.
const DESK_WORDS = /\b(?:editors?|staff|desk|team|newsroom|correspondents?|reporters?)\b/i

/** Returns the outlet named in a byline, or null when the bylines name only people. */
function bylineOutlet(lines: readonly string[]): string | null {
  for (const line of lines) {
    const name = BYLINE.exec(line)?.[1]
    if (name === undefined) continue
    const [head, tail] = name.split(/\s+[–—-]\s+/, 2)
    if ((tail !== undefined && DESK_WORDS.test(tail)) || /^The\s/.test(head)) return head.trim()
  }
  return null
}

/**
 * Returns the first address that stands alone on a line (optionally after "Source:" or "URL:"). A full
 * address wins over a short link, which share boxes print; a short link is used only when it is all
 * the text has. Null when there is none.
 */
export function detectUrl(rawText: string): string | null {
  let shortLink: string | null = null
  for (const line of rawText.split('\n')) {
    const url = URL_LINE.exec(line.trim())?.[1]
    if (url === undefined) continue
    if (!isShortLink(url)) return url
    shortLink ??= url
  }
  return shortLink
}

// Deliberately simple: English is the workbench's working language, so we only recognise English and
// leave every other language unknown (null) rather than guess. A text counts as English when nearly all
// its letters are ASCII (which rules out Cyrillic, Arabic, Hebrew, …) *and* the commonest English
// function words make up a good share of its words (which rules out German, French, Spanish, …, whose
// letters are mostly ASCII too). English news prose runs at 20–30 % function words; 10 % leaves margin
// for headline-style text while other Latin-script languages stay well below it.
const MIN_ASCII_LETTER_SHARE = 0.9
const MIN_FUNCTION_WORD_SHARE = 0.1
const ENGLISH_FUNCTION_WORDS = new Set([
  ...'the a an and or but not of to in on at for with from by as that this it he she they'.split(' '),
  ...'is are was were be has have had said'.split(' ')
])

// The opening of an article settles its language; reading no further keeps the check cheap for long
// texts (it ran on every import and was once the slowest step of the whole import path).
const LANGUAGE_SAMPLE_LENGTH = 600
const NON_ASCII_LETTER = /\p{L}/u

/** Returns "en" when the text reads as English by the measure above, else null. */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, LANGUAGE_SAMPLE_LENGTH)
  let letters = 0
  let ascii = 0
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i)
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) {
      letters++
      ascii++
    } else if (code > 127 && NON_ASCII_LETTER.test(sample[i])) {
      letters++
    }
  }
  if (letters === 0 || ascii / letters < MIN_ASCII_LETTER_SHARE) return null
  // Nine in ten letters are ASCII here, so ASCII letter runs are the words that matter.
  const words = sample.toLowerCase().split(/[^a-z]+/)
  let wordCount = 0
  let functionWords = 0
  for (const word of words) {
    if (word === '') continue
    wordCount++
    if (ENGLISH_FUNCTION_WORDS.has(word)) functionWords++
  }
  return wordCount > 0 && functionWords / wordCount >= MIN_FUNCTION_WORD_SHARE ? 'en' : null
}
