// Finds publication dates written the ways news sites write them. Only *full* dates count (day, month
// and year): "December 7" alone could be any year, and a wrong date is worse than none.
// Date.parse is not used: what it accepts beyond ISO differs between engines and it reads dates in
// the machine's time zone, so the same file could import with different dates on different machines.

const MONTHS = 'january february march april may june july august september october november december'.split(' ')

// Full names and the usual abbreviations ("Dec.", "Sept").
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?'
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?'
const YEAR = '(\\d{4})'
// Spaces within a line, including the no-break spaces that web pages put inside dates.
const GAP = '[^\\S\\n]+'

// Each form returns [year, month, day] from its match. Numeric forms with the day and month in either
// order (12/03/2021) are left out on purpose: whether that is March or December cannot be told.
const DATE_FORMS: readonly { pattern: RegExp; parts: (m: RegExpExecArray) => [string, string, string] }[] = [
  // 2021-12-30, also the date part of an ISO timestamp (the date as the publisher wrote it, no time zone shift).
  { pattern: /\b(\d{4})-(\d{2})-(\d{2})(?![\d-])/, parts: (m) => [m[1], m[2], m[3]] },
  { pattern: /\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/, parts: (m) => [m[1], m[2], m[3]] },
  // December 30, 2021 · Dec. 30 2021
  { pattern: new RegExp(`\\b${MONTH}${GAP}${DAY},?${GAP}${YEAR}\\b`, 'i'), parts: (m) => [m[3], m[1], m[2]] },
  // 30 December 2021 · Thursday, 30 December, 2021
  {
    pattern: new RegExp(`\\b${DAY}${GAP}(?:of${GAP})?${MONTH},?${GAP}${YEAR}\\b`, 'i'),
    parts: (m) => [m[3], m[2], m[1]]
  }
]

// The same forms with the global flag, compiled once: findFullDate runs on every imported article.
const GLOBAL_FORMS = DATE_FORMS.map((form) => ({
  ...form,
  pattern: new RegExp(form.pattern.source, `${form.pattern.flags}g`)
}))

export interface FoundDate {
  /** YYYY-MM-DD */
  iso: string
  /** Where the date's text starts and ends in the searched string (UTF-16 units). */
  start: number
  end: number
}

/**
 * Returns the first full, valid date in the text (the earliest by position; at the same position the
 * earlier form in DATE_FORMS), or null when none is stated.
 */
export function findFullDate(text: string): FoundDate | null {
  let best: FoundDate | null = null
  for (const form of GLOBAL_FORMS) {
    for (const match of text.matchAll(form.pattern)) {
      if (best !== null && match.index >= best.start) break
      const iso = isoDate(...form.parts(match))
      if (iso !== null) {
        best = { iso, start: match.index, end: match.index + match[0].length }
        break
      }
    }
  }
  return best
}

/**
 * Returns the YYYY-MM-DD form of a string that is nothing but a date (ISO, ISO timestamp, "30 December
 * 2021", "Thursday, December 30, 2021"), or null when it is not one we can read.
 */
export function parseDateString(value: string): string | null {
  const trimmed = value.trim()
  const timestamp = /^(\d{4}-\d{2}-\d{2})[T ][\d:.]+ ?(?:Z|[+-]\d{2}:?\d{2})?$/i.exec(trimmed)
  const found = findFullDate(timestamp !== null ? timestamp[1] : trimmed)
  if (found === null) return null
  const before = trimmed.slice(0, found.start).replace(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s*/i, '')
  const after = timestamp !== null ? '' : trimmed.slice(found.end)
  return before.trim() === '' && after.trim() === '' ? found.iso : null
}

/** Returns YYYY-MM-DD when the parts name a real calendar day (no 31 April), else null. */
function isoDate(year: string, month: string, day: string): string | null {
  const y = Number(year)
  const m = /^\d+$/.test(month) ? Number(month) : monthNumber(month)
  const d = Number(day)
  if (m < 1 || m > 12 || d < 1 || y < 1000) return null
  const check = new Date(Date.UTC(y, m - 1, d))
  if (check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return null
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

function monthNumber(name: string): number {
  const prefix = name.toLowerCase().replace(/\.$/, '').slice(0, 3)
  return MONTHS.findIndex((month) => month.startsWith(prefix)) + 1
}
