// Paragraph and sentence boundaries of an article's cleaned text, as UTF-16 offsets. News text is full
// of abbreviations ("U.S.", "p.m.", "D.C.", "Mr."), so a full stop ends a sentence only when it is
// followed by a space and a capital or an opening quotation mark, and is not one of those.

export interface Bounds {
  start: number
  end: number
}

/** Each non-empty line of the text (the importer separates paragraphs with newlines). */
export function paragraphs(text: string): Bounds[] {
  const result: Bounds[] = []
  let start = 0
  for (;;) {
    const newline = text.indexOf('\n', start)
    const end = newline < 0 ? text.length : newline
    if (text.slice(start, end).trim()) result.push({ start, end })
    if (newline < 0) return result
    start = newline + 1
  }
}

/** Words after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'sir',
  'st',
  'gen',
  'col',
  'lt',
  'sen',
  'rep',
  'gov',
  'no',
  'vs'
])

/** Where a sentence may end: terminal punctuation, closing marks, then space and a capital or quote. */
const SENTENCE_END = /[.!?…]+["”’)]*(?=\s+["“‘(]?[\p{Lu}\d])/gu

function isAbbreviation(text: string, dot: number): boolean {
  if (text[dot] !== '.') return false
  const word = /[\p{L}.]+$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[0] ?? ''
  // "U.S." and "p.m." (letters between full stops), single initials ("J. Smith") and titles.
  return /\.\p{L}$/u.test(word) || /^\p{Lu}$/u.test(word) || ABBREVIATIONS.has(word.toLowerCase())
}

/** The sentences of one paragraph, trimmed. */
export function sentences(text: string, paragraph: Bounds): Bounds[] {
  const body = text.slice(paragraph.start, paragraph.end)
  const result: Bounds[] = []
  let start = 0
  for (const match of body.matchAll(SENTENCE_END)) {
    if (isAbbreviation(body, match.index)) continue
    const end = match.index + match[0].length
    result.push({ start: paragraph.start + start, end: paragraph.start + end })
    start = end
    while (start < body.length && /\s/.test(body[start])) start++
  }
  if (start < body.length) result.push({ start: paragraph.start + start, end: paragraph.end })
  return result.filter((s) => s.end > s.start)
}

/** The bounds in `list` that contain `offset`, or null. */
export function containing(list: readonly Bounds[], offset: number): Bounds | null {
  return list.find((b) => b.start <= offset && offset < b.end) ?? null
}
