// Figures: counts with their unit ("100,000 troops", "13,000 lives", "30-member"), money ("$2.5
// billion" → 2.5e9 USD), percentages, durations ("50-minute", "about two hours", "nearly an hour" →
// 60 minutes), ranges ("60,000 to 90,000"), dates and clock times (find-dates.ts). Each has a
// normalised value, a unit and, where a cue such as "nearly" says so, `approximate` and `qualifier`.
//
// Counts must be written in digits: small counts written as words ("the two leaders", "three sets of
// talks") are narrative, not checkable figures (docs/annotation-guidelines.md). Words do count for
// durations and for scaled amounts ("two million").
import { APPROXIMATE_CUES } from '../../../shared/attribute-values'
import type { Attributes } from '../../../shared/model'
import { findDates, findTimes, type FoundFigure } from './find-dates'
import { DIGITS, NUMBER_WORDS, numberValue, scaled, SCALES } from './numbers'

/**
 * An approximate cue ending just before a number ("some ", "More than "). Looked for behind each
 * figure rather than as an optional prefix of every pattern, which would be tried at every position.
 */
const CUE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(${APPROXIMATE_CUES.map((c) => c.replace(/ /g, '\\s+')).join('|')})\\s+$`,
  'iu'
)
const SCALE = `(?:\\s+(${Object.keys(SCALES).join('|')})\\b)?`
const CURRENCIES: Record<string, string> = { $: 'USD', US$: 'USD', '€': 'EUR', '£': 'GBP', '₽': 'RUB' }
const NAMED_CURRENCIES: Record<string, string> = {
  dollars: 'USD',
  euros: 'EUR',
  pounds: 'GBP',
  rubles: 'RUB',
  roubles: 'RUB',
  hryvnias: 'UAH'
}

const MONEY = new RegExp(`(US\\$|[$€£₽])\\s?(${DIGITS})${SCALE}`, 'gi')
const NAMED_MONEY = new RegExp(
  `\\b(${DIGITS}|${NUMBER_WORDS})${SCALE}\\s+(${Object.keys(NAMED_CURRENCIES).join('|')})\\b`,
  'gi'
)
const PERCENT = new RegExp(`\\b(${DIGITS})\\s?(%|percent\\b|per\\s+cent\\b)`, 'gi')
const DURATION_UNITS = 'minute|hour|day|week|month|year'
/** "50-minute", "50 minutes", "about two hours", "nearly eight-year", "nearly an hour". */
const DURATION = new RegExp(`\\b(${DIGITS}|${NUMBER_WORDS}|an?)[-\\s](${DURATION_UNITS})s?\\b(?!-old)`, 'gi')
/** "60,000 to 90,000 Russian troops", "10-15 percent". */
const RANGE = new RegExp(
  `\\b(${DIGITS})${SCALE}\\s*(?:to|-|–|and)\\s*(${DIGITS})${SCALE}((?:\\s+\\p{Lu}[\\p{L}-]*){0,2}\\s+\\p{Ll}+s\\b|\\s*%|\\s+percent\\b)?`,
  'gu'
)
/** "100,000 troops", "some 100,000 Russian troops", "2.5 million people", "30-member". */
const COUNT = new RegExp(
  `\\b(${DIGITS}|(?:${NUMBER_WORDS})(?=\\s+(?:thousand|million|billion)))${SCALE}(?:-(\\p{Ll}+)\\b|((?:\\s+\\p{Lu}[\\p{L}-]*){0,2})\\s+(\\p{Ll}{3,}s)\\b)`,
  'gu'
)
/** Plural-looking words after a number that are not what it counts ("2014 was", "10 is"). */
const NOT_UNITS = new Set([
  'was',
  'has',
  'is',
  'its',
  'this',
  'as',
  'his',
  'hers',
  'ours',
  'yours',
  'thus',
  'plus',
  'does',
  'less',
  'unless',
  'across',
  'always',
  'perhaps',
  'news',
  'us',
  'towards',
  'afterwards'
])

/** The approximate cue just before `start`, if any, and where it begins. */
function cueBefore(text: string, start: number): { cue: string; start: number } | null {
  const from = Math.max(0, start - 20)
  const m = CUE_BEFORE.exec(text.slice(from, start))
  return m ? { cue: m[1], start: from + m.index + m[0].indexOf(m[1]) } : null
}

function found(text: string, m: RegExpExecArray, end: number, attributes: Attributes, rule: string): FoundFigure {
  const cue = cueBefore(text, m.index)
  if (!cue) return { start: m.index, end, attributes, rule }
  const qualifier = cue.cue.toLowerCase().replace(/\s+/g, ' ')
  return { start: cue.start, end, attributes: { ...attributes, approximate: true, qualifier }, rule }
}

function durations(text: string): FoundFigure[] {
  const result: FoundFigure[] = []
  for (const m of text.matchAll(DURATION)) {
    const [, amount, unit] = m
    const isArticle = /^an?$/i.test(amount)
    // "a day later" is when, not how long; "nearly an hour" and "for an hour" are how long.
    if (
      isArticle &&
      !cueBefore(text, m.index) &&
      !/\b(?:for|lasted|took)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index))
    ) {
      continue
    }
    const value = numberValue(amount)
    if (value === null) continue
    const lower = unit.toLowerCase()
    // Hours become minutes so that "50-minute" and "nearly an hour" compare.
    const attributes = lower === 'hour' ? { value: value * 60, unit: 'minutes' } : { value, unit: `${lower}s` }
    result.push(found(text, m, m.index + m[0].length, attributes, 'figure/duration'))
  }
  return result
}

function amounts(text: string): FoundFigure[] {
  const result: FoundFigure[] = []
  for (const m of text.matchAll(MONEY)) {
    const value = numberValue(m[2])
    if (value === null) continue
    const unit = CURRENCIES[m[1].toUpperCase()] ?? CURRENCIES[m[1]]
    result.push(found(text, m, m.index + m[0].length, { value: scaled(value, m[3]), unit }, 'figure/money'))
  }
  for (const m of text.matchAll(NAMED_MONEY)) {
    const value = numberValue(m[1])
    if (value === null) continue
    const unit = NAMED_CURRENCIES[m[3].toLowerCase()]
    result.push(found(text, m, m.index + m[0].length, { value: scaled(value, m[2]), unit }, 'figure/money'))
  }
  for (const m of text.matchAll(PERCENT)) {
    const value = numberValue(m[1])
    if (value === null) continue
    result.push(found(text, m, m.index + m[0].length, { value, unit: 'percent' }, 'figure/percent'))
  }
  return result
}

function ranges(text: string): FoundFigure[] {
  const result: FoundFigure[] = []
  for (const m of text.matchAll(RANGE)) {
    const [, lowText, lowScale, highText, highScale, tail] = m
    const low = numberValue(lowText)
    const high = numberValue(highText)
    if (low === null || high === null || !tail) continue
    const value = scaled(low, lowScale ?? highScale)
    const valueHigh = scaled(high, highScale)
    if (valueHigh <= value) continue
    const unit = /%|percent/i.test(tail) ? 'percent' : tail.trim().split(/\s+/).pop()!
    if (NOT_UNITS.has(unit.toLowerCase())) continue
    result.push(found(text, m, m.index + m[0].length, { value, valueHigh, unit }, 'figure/range'))
  }
  return result
}

function counts(text: string): FoundFigure[] {
  const result: FoundFigure[] = []
  for (const m of text.matchAll(COUNT)) {
    const [, amount, scale, hyphenNoun, , noun] = m
    const value = numberValue(amount)
    if (value === null) continue
    const unit = hyphenNoun ? `${hyphenNoun}s` : noun.toLowerCase()
    if (NOT_UNITS.has(unit) || /^(?:minute|hour|day|week|month|year)s?$/.test(unit)) continue
    // A four-digit number before a plain word is a year ("in 2014 and"), never a count.
    if (/^(?:1[89]|20)\d\d$/.test(amount) && !scale && !hyphenNoun) continue
    result.push(found(text, m, m.index + m[0].length, { value: scaled(value, scale), unit }, 'figure/count'))
  }
  return result
}

/** Drops figures that overlap an earlier one in `ordered` (put the more specific finders first). */
function withoutOverlaps(ordered: FoundFigure[]): FoundFigure[] {
  const kept: FoundFigure[] = []
  for (const figure of ordered) {
    if (kept.every((k) => figure.end <= k.start || figure.start >= k.end)) kept.push(figure)
  }
  return kept.sort((a, b) => a.start - b.start)
}

/** Every figure of the text, in order. `published` (YYYY-MM-DD) supplies the year of bare dates. */
export function findFigures(text: string, published: string | null = null): FoundFigure[] {
  return withoutOverlaps([
    ...findTimes(text),
    ...findDates(text, published),
    ...amounts(text),
    ...ranges(text),
    ...durations(text),
    ...counts(text)
  ])
}
