// The example bundle of docs/bundle-format.md, kept as files in fixtures/example-bundle/: it must
// import as documented, and exporting what it imported must give back the same files.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { listAnnotations } from '../annotations'
import { findArticleBySha, getArticle } from '../corpus'
import {
  ANNOTATIONS_FILE,
  ARTICLES_FILE,
  BUNDLE_FILES,
  MANIFEST_FILE,
  TOMBSTONES_FILE,
  type BundleManifest
} from './bundle-schema'
import { exportBundle } from './export-bundle'
import { importBundle } from './import-bundle'
import { emptyCorpus } from './test-corpus'

const EXAMPLE_DIR = join(__dirname, 'fixtures', 'example-bundle')
const files = Object.fromEntries(BUNDLE_FILES.map((name) => [name, readFileSync(join(EXAMPLE_DIR, name), 'utf8')]))
const manifest = JSON.parse(files[MANIFEST_FILE]) as BundleManifest
const sha256 = (JSON.parse(files[ARTICLES_FILE]) as { sha256: string }[])[0].sha256

function exampleBundle(): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])))
}

describe('the documented example bundle', () => {
  it('imports with its code-point positions turned into UTF-16 offsets of the same text', () => {
    const { db } = emptyCorpus()
    expect(importBundle(db, 'example.wbundle', exampleBundle())).toMatchObject({
      articlesAdded: 1,
      annotationsAdded: 2
    })
    const article = getArticle(db, findArticleBySha(db, sha256) as number)
    const annotations = listAnnotations(db, article.id)
    // Code points 24–45 and 49–63 in the bundle; 😀 and 𝔘 each add one UTF-16 unit before or inside.
    expect(annotations.map(({ start, end }) => [start, end])).toEqual([
      [25, 47],
      [51, 65]
    ])
    expect(annotations.map(({ start, end }) => article.text.slice(start, end))).toEqual([
      '“the 𝔘nion will hold”',
      '100,000 troops'
    ])
    expect(annotations[0]).toMatchObject({
      tag: 'quote',
      note: 'Unnamed officials.',
      attributes: { speaker: 'officials', confidence: 0.8 }
    })
  })

  it('exports again, from the corpus it was imported into, as the very same files', () => {
    const { db } = emptyCorpus()
    importBundle(db, 'example.wbundle', exampleBundle())
    const again = exportBundle(db, manifest.exportedBy, undefined, new Date(manifest.created))
    const unzipped = unzipSync(again.bytes)
    for (const name of [MANIFEST_FILE, ARTICLES_FILE, ANNOTATIONS_FILE, TOMBSTONES_FILE])
      expect(strFromU8(unzipped[name])).toBe(files[name])
  })
})
