// Turning the words around a reporting verb into a speaker's name: "Kremlin aide Yuri Ushakov" →
// "Yuri Ushakov", "the Kremlin’s account" → "Kremlin", "a senior administration official" → "senior
// administration official". Pure string work; speaker-cues.ts decides which words to look at.

const LEADING = /^(?:and|but|while|as|then|however|also|the|a|an|one|two|some|its|his|her|their)\s+/i
const TRAILING =
  /\s+(?:has|had|have|was|is|were|are|also|then|later|earlier|again|once|reportedly|had|last week|this week|last month|this month|on \w+day|in a statement|in an interview)$/i
const HONORIFICS = /\b(?:Mr|Mrs|Ms|Dr|Sir|Lady|Lord)\.?\s+/g
/** A source named through its document: "the Kremlin's account", "the White House readout". */
const SOURCE_DOCUMENT =
  /^(.*\p{Lu}[\p{L}.]*)(?:['’]s)?\s+(?:account|readout|statement|press release|release|communiqu[eé]|website|note)$/u

/** What is left when the words before a verb were only a conjunction ("…,” and called it"). */
const FUNCTION_WORDS = /^(?:and|but|or|so|then|also|yet|nor|as|while|when|if)$/i

export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i'])
export const RELATIVES = new Set(['which', 'who', 'that'])

const isCapitalised = (word: string): boolean => /^[\p{Lu}][\p{L}\p{M}'’.-]*$/u.test(word)

/** A phrase that reads as a name: one to four capitalised words and nothing else ("Eurasia Group"). */
export function isNameLike(phrase: string): boolean {
  const words = phrase.split(/\s+/).filter(Boolean)
  if (words.length === 0 || words.length > 4) return false
  if (words.length === 1 && (/\./.test(words[0]) || /^\p{Lu}+$/u.test(words[0]))) return false
  return words.every(isCapitalised)
}

/** Titles that stand before a name in news style ("Foreign Minister Sergey Lavrov"). */
const TITLES = new Set(
  'president mayor councillor councilor alderman minister secretary senator governor chancellor ambassador general spokesman spokeswoman spokesperson aide adviser advisor chairman chairwoman chair director chief commissioner envoy king queen judge captain colonel premier'.split(
    ' '
  )
)

/**
 * The capitalised words that end a phrase, after any title among them: "Kremlin spokesman Dmitry
 * Peskov" → "Dmitry Peskov", "White House Press Secretary Jen Psaki" → "Jen Psaki".
 */
function trailingName(phrase: string): string | null {
  const words = phrase.split(/\s+/)
  let first = words.length
  while (first > 0 && isCapitalised(words[first - 1]) && !TITLES.has(words[first - 1].toLowerCase())) first--
  return first < words.length ? words.slice(first).join(' ') : null
}

/** A cleaned speaker phrase, or null when nothing name-like is left. */
export function speakerName(raw: string): string | null {
  let phrase = raw.replace(/[\s,;:—–-]+$/u, '').replace(/^[\s,;:—–-]+/u, '')
  phrase = phrase.replace(HONORIFICS, '')
  for (let previous = ''; previous !== phrase;) {
    previous = phrase
    phrase = phrase.replace(LEADING, '').replace(TRAILING, '').trim()
  }
  const document = SOURCE_DOCUMENT.exec(phrase)
  if (document) phrase = document[1].replace(LEADING, '')
  if (!phrase || phrase.split(/\s+/).length > 8 || FUNCTION_WORDS.test(phrase)) return null
  if (PRONOUNS.has(phrase.toLowerCase())) return phrase.toLowerCase()
  const name = trailingName(phrase)
  // A trailing capitalised word after lowercase ones is a name only when it is not the whole point
  // of a description ("senior U.S. official" ends in lowercase, so it stays a description).
  if (name && !isCapitalised(phrase.split(/\s+/)[0])) return name
  if (name && name.split(/\s+/).length >= 2) return name
  return phrase
}
