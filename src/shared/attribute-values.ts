// The values an analyst picks or types for a tag's attributes: figure units, approximate cues, claim
// statuses, and how a figure's value is read and shown. No validation library here, so the renderer
// can use them without loading the schemas of attributes.ts.
import type { Attributes } from './model'

/** Units a figure's value is normalised into. Analysts may type others; these are offered first. */
export const FIGURE_UNITS = [
  'troops',
  'people',
  'lives',
  'USD',
  'EUR',
  'RUB',
  'minutes',
  'hours',
  'days',
  'percent',
  'date',
  'time',
  'calls',
  'countries'
] as const

/** Words that make a figure approximate ("some 100,000", "nearly an hour"). */
export const APPROXIMATE_CUES = [
  'some',
  'about',
  'around',
  'roughly',
  'nearly',
  'almost',
  'approximately',
  'upwards of',
  'more than',
  'over',
  'at least',
  'up to',
  'an estimated',
  'estimated'
] as const

export const CLAIM_STATUSES = ['unverified', 'supported', 'disputed', 'false'] as const
export type ClaimStatus = (typeof CLAIM_STATUSES)[number]

/**
 * Reads a figure's value as an analyst types it: "100000", "100,000", "2.5e9", or a range "60,000 –
 * 90,000" / "60000-90000" / "60,000 to 90,000". Dates and times ("date", "time" units) stay text.
 * Returns null when the text is no number or range, and an empty object for empty text.
 */
export function parseFigureValue(text: string, unit?: string): { value?: number | string; valueHigh?: number } | null {
  const trimmed = text.trim()
  if (!trimmed) return {}
  if (unit === 'date' || unit === 'time') return { value: trimmed }
  const number = (part: string): number | null => {
    const cleaned = part.trim().replace(/[,\s\u00a0\u202f]/g, '')
    return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(cleaned) ? Number(cleaned) : null
  }
  const single = number(trimmed)
  if (single !== null) return { value: single }
  const range = /^(.+?)\s*(?:[–—]|-|\bto\b)\s*(.+)$/.exec(trimmed)
  if (!range) return null
  const low = number(range[1])
  const high = number(range[2])
  return low !== null && high !== null ? { value: low, valueHigh: high } : null
}

/** A figure's value as the attributes panel shows it ("60000–90000"). */
export function formatFigureValue(attributes: Attributes): string {
  const { value, valueHigh } = attributes
  if (value === undefined || value === null) return ''
  return valueHigh === undefined || valueHigh === null ? String(value) : `${value}–${valueHigh}`
}
