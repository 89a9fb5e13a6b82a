// Calendar dates and clock times, normalised as src/shared/attributes.ts describes: a date as
// "2021-12-30", or "--12-30" when neither the text nor the article's date gives the year; a range of
// days as an ISO 8601 interval ("--01-09/--01-10"); a time as "15:35" with its zone ("EST").
import type { Attributes } from '../../../shared/model'

export interface FoundFigure {
  start: number
  end: number
  attributes: Attributes
  rule: string
}

/** Month names in calendar order, lower case. */
export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december'
]
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)'
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?'
const DAY_RANGE = `${DAY}(?:\\s*[-–]\\s*${DAY})?`
const YEAR = '(\\d{4})'
/** "December 30", "January 9-10", "January 13th", "December 30, 2021". */
const MONTH_FIRST = new RegExp(`\\b${MONTH}\\s+${DAY_RANGE}(?!\\d)(?:,?\\s+${YEAR}\\b)?`, 'g')
/** "30 December 2021", "12 January", "9-10. January". */
const DAY_FIRST = new RegExp(`\\b${DAY_RANGE}\\.?\\s+${MONTH}(?:,?\\s+${YEAR}\\b)?`, 'g')
const ZONES = 'EST|EDT|CST|CDT|MST|MDT|PST|PDT|UTC|GMT|BST|CET|CEST|EET|EEST|MSK|IST|JST|AEST|AEDT|ET|PT'
/** "3:35 p.m. EST", "8:30 p.m. UTC", "10 am", "15:35 GMT". */
const CLOCK = new RegExp(
  `\\b(\\d{1,2})(?::(\\d{2}))?\\s*(a\\.m\\.|p\\.m\\.|am\\b|pm\\b)(?:\\s*\\(?(${ZONES})\\b)?|\\b([01]?\\d|2[0-3]):(\\d{2})(?:\\s+(${ZONES})\\b)`,
  'g'
)

const pad = (n: number): string => String(n).padStart(2, '0')

function monthIndex(name: string): number {
  const key = name.toLowerCase().replace('.', '').slice(0, 3)
  return MONTHS.findIndex((m) => m.startsWith(key)) + 1
}

/**
 * The year of a day-and-month the text gives without one: the year that puts it nearest the
 * article's date (a report of 30 December about "January 10" means the coming January).
 */
function yearNear(month: number, day: number, published: string | null): number | null {
  if (!published) return null
  const [year, pm, pd] = published.split('-').map(Number)
  const at = Date.UTC(year, pm - 1, pd)
  const candidates = [year - 1, year, year + 1]
  return candidates.reduce((best, y) =>
    Math.abs(Date.UTC(y, month - 1, day) - at) < Math.abs(Date.UTC(best, month - 1, day) - at) ? y : best
  )
}

function isoDate(month: number, day: number, year: number | null): string {
  return year === null ? `--${pad(month)}-${pad(day)}` : `${year}-${pad(month)}-${pad(day)}`
}

function dateFigure(
  match: RegExpExecArray,
  month: number,
  days: [string, string | undefined],
  yearText: string | undefined,
  published: string | null
): FoundFigure | null {
  const first = Number(days[0])
  const last = days[1] === undefined ? null : Number(days[1])
  if (!month || first < 1 || first > 31 || (last !== null && (last <= first || last > 31))) return null
  const year = yearText ? Number(yearText) : yearNear(month, first, published)
  const value = isoDate(month, first, year) + (last === null ? '' : `/${isoDate(month, last, year)}`)
  return {
    start: match.index,
    end: match.index + match[0].length,
    attributes: { value, unit: 'date' },
    rule: last === null ? 'figure/date' : 'figure/date-range'
  }
}

/** Every calendar date in the text. `published` (YYYY-MM-DD) supplies missing years. */
export function findDates(text: string, published: string | null): FoundFigure[] {
  const found: FoundFigure[] = []
  for (const m of text.matchAll(MONTH_FIRST)) {
    const figure = dateFigure(m, monthIndex(m[1]), [m[2], m[3]], m[4], published)
    if (figure) found.push(figure)
  }
  for (const m of text.matchAll(DAY_FIRST)) {
    const figure = dateFigure(m, monthIndex(m[3]), [m[1], m[2]], m[4], published)
    if (figure) found.push(figure)
  }
  return found
}

/** Every clock time in the text. */
export function findTimes(text: string): FoundFigure[] {
  const found: FoundFigure[] = []
  for (const m of text.matchAll(CLOCK)) {
    let hour: number
    let minute: number
    let zone: string | undefined
    if (m[3]) {
      hour = Number(m[1]) % 12
      if (hour > 11 || Number(m[1]) > 12) continue
      if (m[3].startsWith('p')) hour += 12
      minute = m[2] ? Number(m[2]) : 0
      zone = m[4]
    } else {
      hour = Number(m[5])
      minute = Number(m[6])
      zone = m[7]
    }
    if (minute > 59) continue
    // "(8:30 p.m. UTC)": the zone belongs to the time, the bracket does not.
    const end = m.index + m[0].length
    const attributes: Attributes = { value: `${pad(hour)}:${pad(minute)}`, unit: 'time' }
    if (zone) attributes.zone = zone
    found.push({ start: m.index, end, attributes, rule: 'figure/time' })
  }
  return found
}
