// What an article mentions that could tie it to another report of the same event: names
// (capitalised word sequences), dates (month and day), and word trigrams, which become "rare
// phrases" when few articles share them. Each feature has a key (normalised) and a text (as written).
import type { SharedItem } from '../../../shared/model'
import { MONTHS } from '../suggest/find-dates'

export interface Feature {
  key: string
  kind: SharedItem['kind']
  text: string
}

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']

/** Capitalised words that start sentences or are furniture, not names. */
const NOT_NAMES = new Set([
  ...MONTHS,
  ...WEEKDAYS,
  ...'a an the in on at he she it they we i you but and or this that these those his her their its our as after before during when while if then now even for with from by to of mr mrs ms dr update breaking news there what who why how so yet also some all one two three according said read more share'.split(
    ' '
  )
])

/** Words too common to make a phrase rare on their own (a trigram of only these is skipped). */
const FUNCTION_WORDS = new Set(
  'a an the of to in on at for with and or but by from as is are was were be been has have had that this it its he she they their his her said says will would not no'.split(
    ' '
  )
)

const MONTH_PATTERN =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)'
const MONTH_DAY = new RegExp(`\\b${MONTH_PATTERN}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`, 'giu')
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_PATTERN}\\b`, 'giu')
const ISO_DATE = /\b\d{4}-(\d{2})-(\d{2})\b/gu
const CAPITALISED_RUN = /\p{Lu}[\p{L}’'-]*(?:[ \t]+\p{Lu}[\p{L}’'-]*)*/gu
const WORD = /[\p{L}\p{N}]+/gu

const monthNumber = (name: string): number => MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().slice(0, 3))) + 1

function dateFeature(month: number, day: number): Feature | null {
  if (month < 1 || day < 1 || day > 31) return null
  return {
    key: `date:--${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    kind: 'date',
    text: `${MONTHS[month - 1][0].toUpperCase()}${MONTHS[month - 1].slice(1)} ${day}`
  }
}

function dates(text: string): Feature[] {
  const found: (Feature | null)[] = []
  for (const m of text.matchAll(MONTH_DAY)) found.push(dateFeature(monthNumber(m[1]), Number(m[2])))
  for (const m of text.matchAll(DAY_MONTH)) found.push(dateFeature(monthNumber(m[2]), Number(m[1])))
  for (const m of text.matchAll(ISO_DATE)) found.push(dateFeature(Number(m[1]), Number(m[2])))
  return found.filter((f): f is Feature => f !== null)
}

function names(text: string): Feature[] {
  const found: Feature[] = []
  for (const match of text.matchAll(CAPITALISED_RUN)) {
    const words = match[0]
      .split(/[ \t]+/)
      .map((word) => word.replace(/[’']s$/u, '').replace(/[’'-]+$/u, ''))
      .filter((word) => word && !NOT_NAMES.has(word.toLowerCase()))
    // Every contiguous part of a run ("Mayor Ines Okafor" → "Ines Okafor", "Okafor"), so that
    // reports writing a name with or without a title or first name still share it.
    for (let from = 0; from < words.length; from++)
      for (let to = from + 1; to <= Math.min(words.length, from + 5); to++) {
        const name = words.slice(from, to).join(' ')
        if (name.length > 1) found.push({ key: `name:${name.toLowerCase()}`, kind: 'name', text: name })
      }
  }
  return found
}

function trigrams(text: string): Feature[] {
  const words = Array.from(text.matchAll(WORD), (m) => m[0].toLowerCase())
  const found: Feature[] = []
  for (let i = 0; i + 3 <= words.length; i++) {
    const gram = words.slice(i, i + 3)
    if (gram.every((word) => FUNCTION_WORDS.has(word))) continue
    const phrase = gram.join(' ')
    found.push({ key: `phrase:${phrase}`, kind: 'phrase', text: phrase })
  }
  return found
}

/** The distinct features of an article's title and text, each once (first spelling kept). */
export function featuresOf(title: string, text: string): Map<string, Feature> {
  const all = `${title}\n${text}`
  const features = new Map<string, Feature>()
  for (const feature of [...dates(all), ...names(all), ...trigrams(all)])
    if (!features.has(feature.key)) features.set(feature.key, feature)
  return features
}
