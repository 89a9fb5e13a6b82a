// The importer's entry point: bytes and a file name in, article drafts or one reason out. Pure: no
// file system, no database, so every format can be tested with a byte array.

import type { ArticleDraft } from '../../../shared/model'
import { buildDraft, type DraftResult } from './article-draft'
import { decodeText } from './decode-text'
import { parseHtml } from './parse-html'
import { parseJsonl } from './parse-jsonl'
import { parseMarkdown } from './parse-markdown'

export type ParsedFile = { ok: true; articles: ArticleDraft[] } | { ok: false; reason: string }

type ParseText = (text: string, fallbackTitle: string) => ParsedFile

const single =
  (parse: (text: string, fallbackTitle: string) => DraftResult): ParseText =>
  (text, fallbackTitle) => {
    const result = parse(text, fallbackTitle)
    return result.ok ? { ok: true, articles: [result.draft] } : result
  }

// A .txt file is the scraped text itself: it is both the raw text and the body to clean.
const parsePlainText = (text: string, fallbackTitle: string): DraftResult =>
  buildDraft({ body: text, rawText: text, fallbackTitle })

/** Extension (lower case, with the dot) → parser. */
const PARSERS: Readonly<Record<string, ParseText>> = {
  '.txt': single(parsePlainText),
  '.md': single(parseMarkdown),
  '.markdown': single(parseMarkdown),
  '.html': single(parseHtml),
  '.htm': single(parseHtml),
  '.jsonl': parseJsonl
}

/** The extensions the importer reads, lower case with the dot (".txt"). */
export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(PARSERS)

/**
 * Parses one file's bytes by its extension (.txt, .md, .markdown, .html, .htm, .jsonl). Returns every
 * article in the file, or a reason (a sentence without the file name, which the caller prefixes) when
 * the file cannot be imported; a file is all-or-nothing.
 */
export function parseArticleFile(fileName: string, bytes: Uint8Array): ParsedFile {
  const { stem, extension } = splitFileName(fileName)
  const parse = PARSERS[extension]
  if (parse === undefined) {
    const shown = extension === '' ? 'has no extension' : `has an unsupported extension "${extension}"`
    return { ok: false, reason: `${shown} (supported: ${SUPPORTED_EXTENSIONS.join(', ')})` }
  }
  const decoded = decodeText(bytes)
  if (!decoded.ok) return decoded
  return parse(decoded.text, stem)
}

/** Returns the base name without folders and its last extension in lower case ("" when it has none). */
function splitFileName(fileName: string): { stem: string; extension: string } {
  const base = fileName.split(/[\\/]/).pop() ?? fileName
  const dot = base.lastIndexOf('.')
  if (dot <= 0) return { stem: base, extension: '' }
  return { stem: base.slice(0, dot), extension: base.slice(dot).toLowerCase() }
}
