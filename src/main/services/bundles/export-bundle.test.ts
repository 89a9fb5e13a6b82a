import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { UserError } from '../../../shared/errors'
import { sha256Of } from '../text-hash'
import type { AnnotationCollectionJson, BundleArticle, BundleManifest, WebAnnotationJson } from './bundle-schema'
import { exportBundle } from './export-bundle'
import { KYIV_DRAFT, KYIV_TEXT, readBundleJson, sampleCorpus } from './test-corpus'

const NOW = new Date('2026-11-23T10:36:00.000Z')

function exportedItems(bytes: Uint8Array): WebAnnotationJson[] {
  return (readBundleJson(bytes, 'annotations.jsonld') as AnnotationCollectionJson).first.items as WebAnnotationJson[]
}

describe('exportBundle', () => {
  it('writes a zip of manifest.json, articles.json, annotations.jsonld and tombstones.json', () => {
    const { db, analyst } = sampleCorpus()
    const { bytes } = exportBundle(db, analyst, undefined, NOW)
    expect(Object.keys(unzipSync(bytes))).toEqual([
      'manifest.json',
      'articles.json',
      'annotations.jsonld',
      'tombstones.json'
    ])
  })

  it('describes the export in the manifest: format, version, time, exporter, tag set and counts', () => {
    const { db, analyst } = sampleCorpus()
    const result = exportBundle(db, analyst, undefined, NOW)
    const manifest = readBundleJson(result.bytes, 'manifest.json') as BundleManifest
    expect(manifest).toEqual({
      format: 'news-workbench-bundle',
      version: 2,
      created: '2026-11-23T10:36:00.000Z',
      exportedBy: { id: analyst.id, name: 'Ana López' },
      tags: [
        { name: 'claim', label: 'Claim', color: '#d97706', key: '1' },
        { name: 'quote', label: 'Quote', color: '#2563eb', key: '2' },
        { name: 'figure', label: 'Figure', color: '#059669', key: '3' },
        { name: 'source', label: 'Source', color: '#7c3aed', key: '4' }
      ],
      articles: 2,
      annotations: 4,
      tombstones: 0
    })
    expect(result).toMatchObject({ fileName: 'ana-lopez-2026-11-23-1036.wbundle', articles: 2, annotations: 4 })
  })

  it('keeps each article whole: metadata, cleaned text with its sha256, raw text and removed segments', () => {
    const { db, analyst } = sampleCorpus()
    const [kyiv] = readBundleJson(exportBundle(db, analyst, undefined, NOW).bytes, 'articles.json') as BundleArticle[]
    expect(kyiv).toEqual({
      sha256: sha256Of(KYIV_TEXT),
      title: KYIV_DRAFT.title,
      outlet: 'Example Wire',
      url: 'https://example.org/kyiv',
      publishedDate: '2021-12-30',
      language: 'en',
      sourceFile: 'kyiv.txt',
      importedAt: '2026-11-20T09:00:00.000Z',
      text: KYIV_TEXT,
      rawText: KYIV_DRAFT.rawText,
      removed: KYIV_DRAFT.removed
    })
  })

  it('counts TextPositionSelector offsets in code points, one less per astral character before them', () => {
    const { db, analyst, annotations } = sampleCorpus()
    const items = exportedItems(exportBundle(db, analyst, undefined, NOW).bytes)
    const positions = items.map((item) => (item.target.selector as { start?: number; end?: number }[])[1])
    // UTF-16 in the database: 40–71 (after 😀; 𝔘 inside), 78–92, 148–173 (after 😀 𝔘 𝔘; 𝔘 and 🚀 inside).
    expect(annotations.slice(0, 3).map(({ start, end }) => [start, end])).toEqual([
      [40, 71],
      [78, 92],
      [148, 173]
    ])
    expect(positions.slice(0, 3)).toEqual([
      { type: 'TextPositionSelector', start: 39, end: 69 },
      { type: 'TextPositionSelector', start: 76, end: 90 },
      { type: 'TextPositionSelector', start: 146, end: 169 }
    ])
  })

  it('writes each annotation as a W3C Web Annotation with tag, note and attributes in their own places', () => {
    const { db, analyst, annotations } = sampleCorpus()
    const [quoted, figure] = exportedItems(exportBundle(db, analyst, undefined, NOW).bytes)
    const first = annotations[0]
    expect(quoted).toEqual({
      id: `urn:uuid:${first.id}`,
      type: 'Annotation',
      motivation: 'tagging',
      created: '2026-11-21T10:01:00.000Z',
      modified: '2026-11-21T10:01:00.000Z',
      creator: { id: `urn:uuid:${analyst.id}`, type: 'Person', name: 'Ana López' },
      body: [
        { type: 'TextualBody', purpose: 'tagging', value: 'quote' },
        {
          type: 'TextualBody',
          purpose: 'describing',
          value: 'Unnamed officials — check the wire copy.',
          format: 'text/plain'
        }
      ],
      target: {
        source: `urn:sha256:${sha256Of(KYIV_TEXT)}`,
        selector: [
          { type: 'TextQuoteSelector', ...first.quote },
          { type: 'TextPositionSelector', start: 39, end: 69 }
        ]
      },
      'wb:attributes': { confidence: 0.8, source: null, speaker: 'officials', verified: false }
    })
    expect(first.quote.exact).toBe('“the 𝔘nion will hold its line”')
    expect(figure.body).toEqual([{ type: 'TextualBody', purpose: 'tagging', value: 'figure' }])
    expect(figure).not.toHaveProperty('wb:attributes')
  })

  it('wraps the annotations in an AnnotationCollection whose embedded first page holds them all', () => {
    const { db, analyst } = sampleCorpus()
    const collection = readBundleJson(exportBundle(db, analyst, undefined, NOW).bytes, 'annotations.jsonld')
    expect(collection).toMatchObject({
      '@context': ['http://www.w3.org/ns/anno.jsonld', { wb: 'urn:news-workbench:ns:' }],
      type: 'AnnotationCollection',
      total: 4,
      first: { type: 'AnnotationPage', startIndex: 0 }
    })
    expect((collection as AnnotationCollectionJson).id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/)
  })

  it('gives the same bytes for the same corpus exported at the same instant', () => {
    const { db, analyst } = sampleCorpus()
    expect(exportBundle(db, analyst, undefined, NOW).bytes).toEqual(exportBundle(db, analyst, undefined, NOW).bytes)
  })

  it('exports only the named articles and their annotations', () => {
    const { db, analyst, marketsId } = sampleCorpus()
    const result = exportBundle(db, analyst, [marketsId, marketsId], NOW)
    expect(result).toMatchObject({ articles: 1, annotations: 1 })
    const articles = readBundleJson(result.bytes, 'articles.json') as BundleArticle[]
    expect(articles.map((article) => article.title)).toEqual(['Markets close higher'])
  })

  it('refuses an article id that is not in the corpus with a UserError', () => {
    const { db, analyst, kyivId } = sampleCorpus()
    expect(() => exportBundle(db, analyst, [kyivId, 999], NOW)).toThrow(UserError)
    expect(() => exportBundle(db, analyst, [999], NOW)).toThrow('There is no article 999 in this corpus.')
  })
})
