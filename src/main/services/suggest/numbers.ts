// Numbers as news text writes them: "100,000", "2.5", "two", "a dozen", "2.5 billion".

const WORD_VALUES: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  dozen: 12
}

export const SCALES: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  mln: 1e6,
  billion: 1e9,
  bn: 1e9,
  trillion: 1e12
}

/** Number words, for patterns ("two|three|…"), longest first so "fifteen" wins over "five". */
export const NUMBER_WORDS = Object.keys(WORD_VALUES)
  .filter((w) => w !== 'a' && w !== 'an')
  .sort((a, b) => b.length - a.length)
  .join('|')

/** Digits as written in English news: thousands separated by commas, an optional decimal part. */
export const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`

/** The value of digits or a number word ("100,000" → 100000, "two" → 2), or null. */
export function numberValue(written: string): number | null {
  const word = WORD_VALUES[written.toLowerCase()]
  if (word !== undefined) return word
  const digits = written.replace(/,/g, '')
  if (!/^\d+(?:\.\d+)?$/.test(digits)) return null
  return Number(digits)
}

/** `value` times a scale word ("billion"), rounded to remove floating-point dust (2.5e9, not 2500000000.0000005). */
export function scaled(value: number, scale: string | undefined): number {
  const factor = scale ? (SCALES[scale.toLowerCase()] ?? 1) : 1
  return Number((value * factor).toPrecision(12))
}
