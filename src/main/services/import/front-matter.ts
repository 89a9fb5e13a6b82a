// YAML front matter at the top of a Markdown file ("---\ntitle: …\n---"). No YAML library is a declared
// dependency, and article front matter is flat `key: value` pairs, so only those are read; nested
// values and lists are skipped, not misread.

import { statedString, type StatedMetadata } from './article-draft'
import { parseDateString } from './detect-date'

export type FrontMatter = { ok: true; stated: StatedMetadata; body: string } | { ok: false; reason: string }

const BLOCK = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/
const PAIR = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$/

// Keys people use for each field, in the order they are tried.
const KEYS: Record<keyof StatedMetadata, readonly string[]> = {
  title: ['title', 'headline'],
  outlet: ['outlet', 'source', 'publisher', 'site_name', 'site'],
  url: ['url', 'canonical_url', 'canonical', 'source_url', 'link'],
  publishedDate: ['date', 'published', 'published_date', 'publishedDate', 'pubDate'],
  language: ['language', 'lang']
}

/**
 * Returns the metadata the front matter states and the Markdown after it; a file without front matter
 * gives no metadata and its whole text. Fails only when a date is stated that cannot be read.
 */
export function readFrontMatter(markdown: string): FrontMatter {
  const block = BLOCK.exec(markdown)
  if (block === null) return { ok: true, stated: {}, body: markdown }
  const values = new Map<string, string>()
  for (const line of block[1].split('\n')) {
    const pair = PAIR.exec(line)
    if (pair !== null) values.set(pair[1].toLowerCase(), unquote(pair[2].trim()))
  }
  const pick = (field: keyof StatedMetadata): string | undefined =>
    KEYS[field].map((key) => statedString(values.get(key.toLowerCase()))).find((value) => value !== undefined)

  const date = pick('publishedDate')
  const publishedDate = date === undefined ? undefined : parseDateString(date)
  if (publishedDate === null) {
    return { ok: false, reason: `front matter: the date "${date}" is not a date we can read (use YYYY-MM-DD)` }
  }
  const stated: StatedMetadata = {
    title: pick('title'),
    outlet: pick('outlet'),
    url: pick('url'),
    publishedDate,
    language: pick('language')
  }
  return { ok: true, stated, body: markdown.slice(block[0].length) }
}

/** Returns a YAML scalar without its surrounding quotes ('It''s' → It's, "a \"b\"" → a "b"). */
function unquote(value: string): string {
  if (value.length >= 2 && value.startsWith("'") && value.endsWith("'")) return value.slice(1, -1).replace(/''/g, "'")
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) return value.slice(1, -1).replace(/\\"/g, '"')
  return value.replace(/\s+#.*$/, '')
}
