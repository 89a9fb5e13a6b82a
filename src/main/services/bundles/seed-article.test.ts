// A round trip through one of the real articles the workbench was commissioned for, when the shared
// corpus is present beside the repository.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAnnotation, listAnnotations } from '../annotations'
import { findArticleBySha, getArticle, insertArticle } from '../corpus'
import { exportBundle } from './export-bundle'
import { importBundle } from './import-bundle'
import { emptyCorpus, plainDraft, spanOf } from './test-corpus'

const SEED_DIR = resolve(__dirname, '../../../../../shared/corpus/seed-articles')
const FIGURE = '100,000 troops'
const present = existsSync(SEED_DIR)
if (!present) console.warn(`Skipping the seed-article round trip: ${SEED_DIR} is absent.`)

/** The first seed article (by file name) that mentions FIGURE, with its file name. */
function seedArticleWithFigure(): { file: string; text: string } {
  const files = readdirSync(SEED_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
  for (const file of files) {
    const text = readFileSync(join(SEED_DIR, file), 'utf8').replace(/\r\n?/g, '\n')
    if (text.includes(FIGURE)) return { file, text }
  }
  throw new Error(`no seed article in ${SEED_DIR} mentions "${FIGURE}"`)
}

describe.skipIf(!present)('a seed article', () => {
  it('keeps its text and the "100,000 troops" figure exact through export and import', () => {
    const { file, text } = seedArticleWithFigure()
    const a = emptyCorpus('Ana López')
    const articleId = insertArticle(a.db, plainDraft(text, file), file, '2026-11-20T09:00:00.000Z')
    const figure = createAnnotation(a.db, a.analyst, { articleId, tag: 'figure', ...spanOf(text, FIGURE) })

    const b = emptyCorpus('Ben Okafor')
    const report = importBundle(b.db, 'seed.wbundle', exportBundle(a.db, a.analyst).bytes)
    expect(report).toMatchObject({ articlesAdded: 1, annotationsAdded: 1 })

    const original = getArticle(a.db, articleId)
    const copyId = findArticleBySha(b.db, original.sha256) as number
    const { id: _copy, ...copy } = getArticle(b.db, copyId)
    const { id: _original, ...expected } = original
    expect(copy).toEqual(expected)
    const [imported] = listAnnotations(b.db, copyId)
    expect(imported).toEqual({ ...figure, articleId: copyId })
    expect(copy.text.slice(imported.start, imported.end)).toBe(FIGURE)
  })
})
