// Helpers for the importer's tests (not used by the app): read a fixture, parse a one-article file.

import { readFileSync } from 'node:fs'
import type { ArticleDraft } from '../../../shared/model'
import { parseArticleFile } from './parse-file'

/** Returns the bytes of a file in ./fixtures. */
export function readFixture(name: string): Uint8Array {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url))
}

/** Returns the one article of a file (the fixture of that name by default); throws if it fails or holds more. */
export function parseSingleArticle(name: string, bytes: Uint8Array = readFixture(name)): ArticleDraft {
  const parsed = parseArticleFile(name, bytes)
  if (!parsed.ok) throw new Error(`expected ${name} to parse: ${parsed.reason}`)
  if (parsed.articles.length !== 1) throw new Error(`expected one article in ${name}, got ${parsed.articles.length}`)
  return parsed.articles[0]
}
