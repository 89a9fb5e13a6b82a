// Provenance (which suggestion rule proposed an annotation, who accepted it) travels in bundles, so
// a teammate's corpus knows as much about an accepted suggestion as the analyst's own.
import { describe, expect, it } from 'vitest'
import { createAnnotation, listAnnotations } from '../annotations'
import { findArticleBySha } from '../corpus'
import { exportBundle } from './export-bundle'
import { importBundle } from './import-bundle'
import { emptyCorpus, readBundleJson, sampleCorpus } from './test-corpus'
import type { Analyst, Provenance } from '../../../shared/model'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import type { WebAnnotationJson } from './bundle-schema'

/** A suggestion's provenance as the suggester writes it. */
const provenanceOf = (acceptedBy: Analyst): Provenance => ({
  rule: 'quote.curly-marks',
  suggestedAt: '2026-11-21T10:00:00.000Z',
  acceptedBy: { id: acceptedBy.id, name: acceptedBy.name },
  acceptedAt: '2026-11-21T10:00:05.000Z'
})

describe('provenance in bundles', () => {
  it('is exported as wb:provenance and imported unchanged into another corpus', () => {
    const { db, analyst, kyivId } = sampleCorpus()
    const provenance = provenanceOf(analyst)
    const made = createAnnotation(db, analyst, { articleId: kyivId, tag: 'claim', start: 0, end: 4, provenance })
    const bundle = exportBundle(db, analyst)
    const collection = readBundleJson(bundle.bytes, 'annotations.jsonld') as { first: { items: WebAnnotationJson[] } }
    const item = collection.first.items.find((a) => a.id === `urn:uuid:${made.id}`)
    expect(item?.['wb:provenance']).toEqual(provenance)
    expect(collection.first.items.filter((a) => a['wb:provenance'])).toHaveLength(1)

    const other = emptyCorpus()
    importBundle(other.db, 'ana.wbundle', bundle.bytes)
    const sha = (readBundleJson(bundle.bytes, 'articles.json') as { sha256: string }[])[0].sha256
    const imported = listAnnotations(other.db, findArticleBySha(other.db, sha) as number).find((a) => a.id === made.id)
    expect(imported?.provenance).toEqual(provenance)
  })

  it('refuses provenance with unknown fields, naming the problem, and imports nothing', () => {
    const { db, analyst, kyivId } = sampleCorpus()
    createAnnotation(db, analyst, {
      articleId: kyivId,
      tag: 'claim',
      start: 0,
      end: 4,
      provenance: provenanceOf(analyst)
    })
    const files = unzipSync(exportBundle(db, analyst).bytes)
    const tampered = strFromU8(files['annotations.jsonld']).replace('"rule":', '"extra": "x", "rule":')
    const bytes = zipSync({ ...files, 'annotations.jsonld': strToU8(tampered) })
    const other = emptyCorpus()
    expect(() => importBundle(other.db, 'bad.wbundle', bytes)).toThrow(/provenance/)
    expect(other.db.prepare('SELECT count(*) FROM annotation').pluck().get()).toBe(0)
  })
})
