// Test helpers for refused imports: a receiving corpus that already holds an article and an
// annotation (so "unchanged" is a real claim), and a check that an import fails and changes nothing.
import { expect } from 'vitest'
import { UserError } from '../../../shared/errors'
import { createAnnotation } from '../annotations'
import { insertArticle } from '../corpus'
import { exportBundle } from './export-bundle'
import { importBundle } from './import-bundle'
import { MARKETS_DRAFT, MARKETS_TEXT, dumpCorpus, emptyCorpus, sampleCorpus, spanOf } from './test-corpus'

export const FILE = 'my.wbundle'
const NOW = new Date('2026-11-23T10:36:00.000Z')

export function fixture() {
  const source = sampleCorpus()
  const bytes = exportBundle(source.db, source.analyst, undefined, NOW).bytes
  const target = emptyCorpus()
  const articleId = insertArticle(
    target.db,
    { ...MARKETS_DRAFT, text: `${MARKETS_TEXT} Updated.` },
    'm.txt',
    NOW.toISOString()
  )
  createAnnotation(target.db, target.analyst, { articleId, tag: 'claim', ...spanOf(MARKETS_TEXT, 'Markets') })
  return { source, bytes, target }
}

/** Imports `bytes`, expecting a UserError whose message contains each of `parts`, and no change at all. */
export function expectRefused(bytes: Uint8Array, ...parts: string[]): string {
  const { target } = fixture()
  const before = dumpCorpus(target.db)
  let caught: unknown
  try {
    importBundle(target.db, FILE, bytes)
  } catch (error) {
    caught = error
  }
  expect(caught).toBeInstanceOf(UserError)
  const message = (caught as UserError).message
  expect(message).toContain(FILE)
  for (const part of parts) expect(message).toContain(part)
  expect(dumpCorpus(target.db)).toEqual(before)
  return message
}
