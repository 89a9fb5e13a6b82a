import { describe, expect, it } from 'vitest'
import type { Db } from '../../db/connection'
import type { Annotation } from '../../../shared/model'
import { deleteAnnotation, findAnnotation, insertAnnotation, listAnnotations } from '../annotations'
import { findArticleBySha, getArticle, insertArticle, listArticles } from '../corpus'
import { listTags } from '../profile'
import { exportBundle } from './export-bundle'
import { importBundle } from './import-bundle'
import {
  KYIV_DRAFT,
  dumpCorpus,
  editBundle,
  emptyCorpus,
  readBundleJson,
  replaceBundleEntry,
  sampleCorpus
} from './test-corpus'

const NOW = new Date('2026-11-23T10:36:00.000Z')
const FILE = 'ana.wbundle'

/** Every article of a corpus with its annotations, keyed by sha256 and without local row ids. */
function contentOf(db: Db) {
  return listArticles(db)
    .map((summary) => {
      const { id, ...article } = getArticle(db, summary.id)
      const annotations = listAnnotations(db, id).map(({ articleId: _articleId, ...annotation }) => annotation)
      return { ...article, annotations }
    })
    .sort((a, b) => a.sha256.localeCompare(b.sha256))
}

describe('importBundle', () => {
  it('imports annotations.jsonld alike whether its items stand one per line or as another tool lays them out', () => {
    const a = sampleCorpus()
    const bytes = exportBundle(a.db, a.analyst, undefined, NOW).bytes
    const collection = readBundleJson(bytes, 'annotations.jsonld')
    const compact = replaceBundleEntry(bytes, 'annotations.jsonld', JSON.stringify(collection))
    const indented = replaceBundleEntry(bytes, 'annotations.jsonld', JSON.stringify(collection, null, 2))
    const [ours, ...others] = [bytes, compact, indented].map((layout) => {
      const b = emptyCorpus()
      importBundle(b.db, FILE, layout)
      return contentOf(b.db)
    })
    expect(ours.flatMap((article) => article.annotations)).toHaveLength(4)
    for (const other of others) expect(other).toEqual(ours)
  })

  it('round-trips losslessly: articles, metadata, annotations, creators and times equal the exporter’s', () => {
    const a = sampleCorpus()
    const b = emptyCorpus()
    const report = importBundle(b.db, FILE, exportBundle(a.db, a.analyst, undefined, NOW).bytes)
    expect(report).toEqual({
      file: FILE,
      articlesAdded: 2,
      articlesExisting: 0,
      annotationsAdded: 4,
      annotationsUnchanged: 0,
      annotationsConflicting: 0,
      conflicts: [],
      annotationsChanged: 0,
      annotationsDeleted: 0,
      conflictsResolved: 0,
      orphans: 0
    })
    expect(contentOf(b.db)).toEqual(contentOf(a.db))
    expect(contentOf(b.db)[0].annotations.length + contentOf(b.db)[1].annotations.length).toBe(4)
    expect(listTags(b.db).map((tag) => tag.name)).toEqual(['claim', 'quote', 'figure', 'source'])
  })

  it('changes nothing the second time the same bundle is imported', () => {
    const a = sampleCorpus()
    const b = emptyCorpus()
    const bytes = exportBundle(a.db, a.analyst, undefined, NOW).bytes
    importBundle(b.db, FILE, bytes)
    const before = dumpCorpus(b.db)
    const again = importBundle(b.db, FILE, bytes)
    expect(again).toEqual({
      file: FILE,
      articlesAdded: 0,
      articlesExisting: 2,
      annotationsAdded: 0,
      annotationsUnchanged: 4,
      annotationsConflicting: 0,
      conflicts: [],
      annotationsChanged: 0,
      annotationsDeleted: 0,
      conflictsResolved: 0,
      orphans: 0
    })
    expect(dumpCorpus(b.db)).toEqual(before)
  })

  it('finds every annotation unchanged when a corpus imports its own export', () => {
    const a = sampleCorpus()
    const before = dumpCorpus(a.db)
    const report = importBundle(a.db, FILE, exportBundle(a.db, a.analyst, undefined, NOW).bytes)
    expect(report).toMatchObject({ articlesAdded: 0, articlesExisting: 2, annotationsUnchanged: 4 })
    expect(dumpCorpus(a.db)).toEqual(before)
  })

  it('keeps a local edit when an older copy of the annotation arrives again', () => {
    const a = sampleCorpus()
    const b = emptyCorpus()
    const bytes = exportBundle(a.db, a.analyst, undefined, NOW).bytes
    importBundle(b.db, FILE, bytes)
    const original = a.annotations[0]
    const local = findAnnotation(b.db, original.id) as Annotation
    const edited: Annotation = {
      ...local,
      note: 'Named later: the defence minister.',
      modified: '2026-11-24T08:00:00.000Z'
    }
    deleteAnnotation(b.db, local.id)
    insertAnnotation(b.db, edited)

    const report = importBundle(b.db, FILE, bytes)
    expect(report).toMatchObject({ annotationsUnchanged: 4, annotationsConflicting: 0, conflicts: [] })
    expect(findAnnotation(b.db, original.id)).toEqual(edited)
  })

  it('treats an annotation with the same attributes in another key order as unchanged', () => {
    const a = sampleCorpus()
    const b = emptyCorpus()
    const bytes = exportBundle(a.db, a.analyst, undefined, NOW).bytes
    importBundle(b.db, FILE, bytes)
    const local = findAnnotation(b.db, a.annotations[0].id) as Annotation
    const reordered = Object.fromEntries(Object.entries(local.attributes).reverse())
    deleteAnnotation(b.db, local.id)
    insertAnnotation(b.db, { ...local, attributes: reordered })
    expect(importBundle(b.db, FILE, bytes)).toMatchObject({ annotationsUnchanged: 4, conflicts: [] })
  })

  it('adds new annotations to an article the corpus already has, matched by sha256, keeping local metadata', () => {
    const a = sampleCorpus()
    const b = emptyCorpus()
    const localId = insertArticle(
      b.db,
      { ...KYIV_DRAFT, title: 'Local title' },
      'local.txt',
      '2026-11-22T00:00:00.000Z'
    )
    const report = importBundle(b.db, FILE, exportBundle(a.db, a.analyst, undefined, NOW).bytes)
    expect(report).toMatchObject({ articlesAdded: 1, articlesExisting: 1, annotationsAdded: 4 })
    expect(getArticle(b.db, localId).title).toBe('Local title')
    expect(listAnnotations(b.db, localId)).toHaveLength(3)
  })

  it('accepts annotations on an article left out of the bundle when the corpus has that article', () => {
    const a = sampleCorpus()
    const b = emptyCorpus()
    const localId = insertArticle(b.db, KYIV_DRAFT, 'local.txt', '2026-11-22T00:00:00.000Z')
    const bytes = editBundle(exportBundle(a.db, a.analyst, [a.kyivId], NOW).bytes, {
      manifest: (manifest) => (manifest.articles = 0),
      articles: (articles) => articles.splice(0)
    })
    const report = importBundle(b.db, FILE, bytes)
    expect(report).toMatchObject({ articlesAdded: 0, articlesExisting: 0, annotationsAdded: 3 })
    expect(listAnnotations(b.db, localId).map((annotation) => annotation.id)).toEqual(
      a.annotations.slice(0, 3).map((annotation) => annotation.id)
    )
  })

  it('reads a W3C annotation with a single body object and the plain anno.jsonld context', () => {
    const a = sampleCorpus()
    const b = emptyCorpus()
    const bytes = editBundle(exportBundle(a.db, a.analyst, [a.kyivId], NOW).bytes, {
      annotations: (items, collection) => {
        collection['@context'] = 'http://www.w3.org/ns/anno.jsonld'
        items[1].body = { type: 'TextualBody', purpose: 'tagging', value: 'figure' }
      }
    })
    importBundle(b.db, FILE, bytes)
    const kyivId = findArticleBySha(b.db, getArticle(a.db, a.kyivId).sha256) as number
    expect(listAnnotations(b.db, kyivId)[1]).toMatchObject({ id: a.annotations[1].id, tag: 'figure' })
  })
})
