// Markdown → plain text. No Markdown library is installed, and articles saved as Markdown use only a
// little of it, so this converter handles headings, emphasis, links, images, code, quotes and lists,
// line by line. Anything else (tables, HTML blocks) passes through as written, which is readable.
// Paragraphs are not re-flowed: a line break in the source stays a line break in the text, because
// joining lines would need the full CommonMark rules to be right and a scraped file rarely wraps.

export interface MarkdownText {
  text: string
  /** The text of the first level-1 heading, else of the first heading of any level, else null. */
  heading: string | null
}

const FENCE = /^ {0,3}(?:```|~~~)/
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/
// "===" or "---" under a line (a setext heading) and thematic breaks ("***", "- - -") both vanish.
const RULE_OR_UNDERLINE = /^ {0,3}(?:=+|-+|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:-[ \t]*){3,})[ \t]*$/
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S+.*$/
const BLOCKQUOTE = /^ {0,3}>[ \t]?/
// Unordered markers go; ordered ones ("1.") stay, because the numbers are part of what the text says.
const BULLET = /^([ \t]*)[-*+][ \t]+(?:\[[ xX]\][ \t]+)?/
const HTML_COMMENT = /^ {0,3}<!--.*-->[ \t]*$/

/** Returns the plain text of a Markdown document and its main heading. */
export function markdownToText(markdown: string): MarkdownText {
  const out: string[] = []
  let h1: string | null = null
  let anyHeading: string | null = null
  let inFence = false

  for (const source of markdown.split('\n')) {
    if (FENCE.test(source)) {
      inFence = !inFence
      continue
    }
    if (inFence) {
      out.push(source)
      continue
    }
    let line = source
    while (BLOCKQUOTE.test(line)) line = line.replace(BLOCKQUOTE, '')
    const heading = ATX_HEADING.exec(line)
    if (heading !== null) {
      const text = inlineToText(heading[2] ?? '')
      if (heading[1].length === 1) h1 ??= text
      anyHeading ??= text
      out.push(text)
      continue
    }
    if (RULE_OR_UNDERLINE.test(line)) {
      const above = out.length > 0 ? out[out.length - 1].trim() : ''
      const underline = SETEXT_UNDERLINE.exec(line)
      if (above !== '' && underline !== null) {
        if (underline[1].startsWith('=')) h1 ??= above
        anyHeading ??= above
      }
      out.push('')
      continue
    }
    if (LINK_DEFINITION.test(line) || HTML_COMMENT.test(line)) continue
    out.push(inlineToText(line.replace(BULLET, '$1')))
  }
  return { text: out.join('\n'), heading: h1 ?? anyHeading }
}

// Placeholders keep code spans and escaped characters away from the emphasis rules. NUL cannot occur
// in imported text (decoding rejects it as binary), so it is a safe delimiter.
const HOLD = '\u0000'

/** Returns one line of Markdown with its inline syntax removed and the text kept. */
export function inlineToText(line: string): string {
  const held: string[] = []
  const hold = (text: string): string => `${HOLD}${held.push(text) - 1}${HOLD}`
  return (
    line
      .replace(/(`+)(.+?)\1/g, (_, _ticks: string, code: string) => hold(code.trim()))
      .replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, (_, char: string) => hold(char))
      // Images before links: "![alt](src)" would otherwise leave a stray "!".
      .replace(/!\[([^\]]*)\]\((?:[^()\s]|\([^)]*\))*(?:[ \t]+"[^"]*")?\)/g, '$1')
      .replace(/\[([^\]]+)\]\((?:[^()\s]|\([^)]*\))*(?:[ \t]+"[^"]*")?\)/g, '$1')
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
      .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
      .replace(/(\*\*|__)(?=\S)(.*?\S)\1/g, '$2')
      // Single "*" or "_" only around a word, so "5 * 3", "snake_case" and "a*b" stay as they are.
      .replace(/(?<![\p{L}\p{N}*])\*(?=\S)([^*]*?\S)\*(?![\p{L}\p{N}*])/gu, '$1')
      .replace(/(?<![\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}_])/gu, '$1')
      .replace(/~~(?=\S)(.*?\S)~~/g, '$1')
      .replace(/\\$/, '')
      .replace(new RegExp(`${HOLD}(\\d+)${HOLD}`, 'g'), (_, index: string) => held[Number(index)])
  )
}
