import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../db/connection'
import { listArticles } from './corpus'
import { importArticleFiles, importPaths } from './import-articles'

const seedDir = resolve(__dirname, '../../../../shared/corpus/seed-articles')
const haveSeeds = existsSync(seedDir)
if (!haveSeeds) console.warn(`skipping seed-article import tests: ${seedDir} not found`)

const file = (name: string, text: string | Uint8Array) => ({
  name,
  bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text
})
const count = (db: ReturnType<typeof openDatabase>) => db.prepare('SELECT COUNT(*) FROM article').pluck().get()

describe('importing article files into the corpus', () => {
  it('imports good files and names each bad one with its reason, changing nothing for it', async () => {
    const db = openDatabase(':memory:')
    const report = await importArticleFiles(db, [
      file('good.txt', 'Talks resume\n\nThe talks resumed on Monday, officials said.'),
      file('empty.txt', ''),
      file('binary.txt', new Uint8Array([0x50, 0x4b, 0x00, 0x01])),
      file('broken.jsonl', '{"text": "One good article about talks."}\n{"text": oops}\n')
    ])
    expect(report.files.map((f) => f.status)).toEqual(['imported', 'failed', 'failed', 'failed'])
    expect(report.files[3]).toMatchObject({ reason: expect.stringMatching(/line 2/) })
    expect(count(db)).toBe(1)
  })

  it('treats the same text imported again as a no-op and says so', async () => {
    const db = openDatabase(':memory:')
    const text = 'Talks resume\n\nThe talks resumed on Monday, officials said.'
    await importArticleFiles(db, [file('a.txt', text)])
    const again = await importArticleFiles(db, [file('copy.txt', text)])
    expect(again).toMatchObject({ imported: 0, duplicates: 1, failed: 0 })
    expect(count(db)).toBe(1)
  })

  it('imports every article of a JSONL file, or none of them', async () => {
    const db = openDatabase(':memory:')
    const lines = [
      '{"text":"First report text.","title":"First","outlet":"Wire"}',
      '{"text":"Second report text.","title":"Second"}'
    ]
    const report = await importArticleFiles(db, [file('batch.jsonl', lines.join('\n'))])
    expect(report.files[0]).toMatchObject({ status: 'imported', titles: ['First', 'Second'] })
    expect(
      listArticles(db)
        .map((a) => a.title)
        .sort()
    ).toEqual(['First', 'Second'])
  })

  it.skipIf(!haveSeeds)('imports all five seed articles cleanly from their folder', async () => {
    const db = openDatabase(':memory:')
    const report = await importPaths(db, [seedDir])
    expect(report).toMatchObject({ imported: 5, duplicates: 0, failed: 0 })
    for (const name of readdirSync(seedDir)) {
      const raw = readFileSync(join(seedDir, name), 'utf8')
      const stored = db.prepare('SELECT text, raw_text AS rawText FROM article WHERE source_file = ?').get(name) as {
        text: string
        rawText: string
      }
      expect(stored.rawText).toBe(raw.replace(/\r\n?/g, '\n'))
      expect(stored.text).not.toMatch(
        /Skip to main content|Accessibility links|Share to or|top of page|Leave a Comment/
      )
    }
    expect(await importPaths(db, [seedDir])).toMatchObject({ imported: 0, duplicates: 5 })
  })
})
