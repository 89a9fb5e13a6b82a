import { describe, expect, it } from 'vitest'
import { UserError } from '../../shared/errors'
import { createAnnotation, findAnnotation, listAnnotations } from './annotations'
import { exportBundle } from './bundles/export-bundle'
import { importBundle, previewBundleImport } from './bundles/import-bundle'
import { emptyCorpus, spanOf } from './bundles/test-corpus'
import { insertArticle } from './corpus'
import { listOrphans, reattachOrphan } from './orphans'

const FIRST = 'Kyiv 😀 — Officials said the 𝔘nion would hold its line. A spokesman counted 100,000 troops.'
const SECOND = 'Updated. Kyiv 😀 — Officials said the 𝔘nion would hold. A spokesman counted 100,000 troops.'
const STORY = {
  title: 'Line will hold',
  outlet: 'Example Wire',
  publishedDate: '2021-12-30',
  language: 'en',
  removed: []
}

/** Ana annotated the first scrape; Ben's corpus has the same story (same title, outlet and date) re-scraped. */
function scenario() {
  const ana = emptyCorpus('Ana López')
  const articleId = insertArticle(
    ana.db,
    { ...STORY, url: null, text: FIRST, rawText: FIRST },
    'a.txt',
    '2026-11-20T09:00:00.000Z'
  )
  const figure = createAnnotation(ana.db, ana.analyst, { articleId, tag: 'figure', ...spanOf(FIRST, '100,000 troops') })
  const gone = createAnnotation(ana.db, ana.analyst, {
    articleId,
    tag: 'quote',
    ...spanOf(FIRST, 'would hold its line')
  })
  const ben = emptyCorpus('Ben Okafor')
  const localId = insertArticle(
    ben.db,
    { ...STORY, url: null, text: SECOND, rawText: SECOND },
    'b.txt',
    '2026-11-21T09:00:00.000Z'
  )
  return { ben, localId, figure, gone, bytes: exportBundle(ana.db, ana.analyst).bytes }
}

describe('orphans', () => {
  it('are listed in the preview and kept, with their quote, when the text under them changed', () => {
    const { ben, localId, figure, gone, bytes } = scenario()
    expect(previewBundleImport(ben.db, 'ana.wbundle', bytes).orphans).toMatchObject([
      { id: gone.id, quote: { exact: 'would hold its line' }, articleId: localId }
    ])
    expect(importBundle(ben.db, 'ana.wbundle', bytes)).toMatchObject({
      annotationsAdded: 1,
      orphans: 1,
      articlesAdded: 0
    })
    const moved = findAnnotation(ben.db, figure.id)
    expect(moved && SECOND.slice(moved.start, moved.end)).toBe('100,000 troops')
    expect(listOrphans(ben.db)).toMatchObject([{ id: gone.id, tag: 'quote', creator: { name: 'Ana López' } }])
  })

  it('re-attach by hand to a valid span only, keeping id, creator and times', () => {
    const { ben, localId, gone, bytes } = scenario()
    importBundle(ben.db, 'ana.wbundle', bytes)
    expect(() => reattachOrphan(ben.db, gone.id, 5, 500)).toThrow(UserError)
    const emoji = SECOND.indexOf('😀')
    expect(() => reattachOrphan(ben.db, gone.id, emoji + 1, emoji + 4)).toThrow(/cuts a character in half/)
    const span = spanOf(SECOND, 'would hold')
    const attached = reattachOrphan(ben.db, gone.id, span.start, span.end)
    expect(attached).toMatchObject({
      id: gone.id,
      creator: gone.creator,
      created: gone.created,
      modified: gone.modified
    })
    expect(attached.quote.exact).toBe('would hold')
    expect(listOrphans(ben.db)).toEqual([])
    expect(listAnnotations(ben.db, localId)).toHaveLength(2)
    expect(() => reattachOrphan(ben.db, gone.id, span.start, span.end)).toThrow(/no orphaned annotation/)
  })
})
