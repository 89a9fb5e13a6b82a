// JSON Lines (.jsonl): one article per line, as scrapers and notebooks export them. A file is imported
// whole or not at all, so one bad line fails it, naming the line (1-based, counting blank lines, as an
// editor shows them) and what is wrong.

import { z } from 'zod'
import type { ArticleDraft } from '../../../shared/model'
import { buildDraft, statedString } from './article-draft'
import { normaliseNewlines } from './decode-text'
import { parseDateString } from './detect-date'
import type { ParsedFile } from './parse-file'

const optionalText = z.string().nullish()

/** One line of a JSONL file. Unknown fields are allowed and ignored, so richer exports still import. */
const JsonlArticle = z.object({
  text: z.string().refine((text) => text.trim() !== ''),
  title: optionalText,
  outlet: optionalText,
  url: optionalText,
  date: optionalText,
  language: optionalText
})

/** Returns every article of the file, or the reason of the first bad line. */
export function parseJsonl(source: string, fallbackTitle: string): ParsedFile {
  const articles: ArticleDraft[] = []
  const lines = source.split('\n')
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue
    const lineNumber = index + 1
    const parsed = parseLine(line, `${fallbackTitle} (line ${lineNumber})`)
    if (!parsed.ok) return { ok: false, reason: `line ${lineNumber}: ${parsed.reason}` }
    articles.push(parsed.draft)
  }
  if (articles.length === 0) return { ok: false, reason: 'is empty' }
  return { ok: true, articles }
}

type LineResult = { ok: true; draft: ArticleDraft } | { ok: false; reason: string }

function parseLine(line: string, fallbackTitle: string): LineResult {
  let json: unknown
  try {
    json = JSON.parse(line)
  } catch (error) {
    return { ok: false, reason: `invalid JSON (${(error as Error).message})` }
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, reason: 'expected a JSON object with a "text" field' }
  }
  const checked = JsonlArticle.safeParse(json)
  if (!checked.success) return { ok: false, reason: describeIssue(checked.error.issues[0]) }
  const fields = checked.data
  const date = statedString(fields.date)
  const publishedDate = date === undefined ? undefined : parseDateString(date)
  if (publishedDate === null) {
    return { ok: false, reason: `field "date" is not a date we can read ("${date}"; use YYYY-MM-DD)` }
  }
  // A JSON string may hold "\r\n" escapes; the text is normalised like a decoded file.
  const text = normaliseNewlines(fields.text)
  return buildDraft({
    body: text,
    rawText: text,
    fallbackTitle,
    stated: {
      title: statedString(fields.title),
      outlet: statedString(fields.outlet),
      url: statedString(fields.url),
      publishedDate,
      language: statedString(fields.language)
    }
  })
}

/** Returns a sentence for the analyst about the first thing wrong with a line's fields. */
function describeIssue(issue: z.core.$ZodIssue): string {
  const field = String(issue.path[0] ?? '')
  if (field === 'text') return 'field "text" is missing or empty'
  return `field "${field}" must be a string`
}
