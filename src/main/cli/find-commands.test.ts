import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../db/connection'
import { createAnnotation } from '../services/annotations'
import { getProfile } from '../services/profile'
import { main } from './index'

async function run(...argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await main(argv, { out: (line) => out.push(line), err: (line) => err.push(line) })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

async function corpus() {
  const dir = mkdtempSync(join(tmpdir(), 'wb-find-'))
  const data = join(dir, 'data')
  const article = join(dir, 'report.txt')
  writeFileSync(article, 'Talks resume in Geneva\n\nOfficials said 😀 about 100,000 troops remain.\n')
  await run('import', article, '--data', data)
  return data
}

describe('workbench search', () => {
  it('prints each hit with its article, UTF-16 offsets and the match in brackets in its context', async () => {
    const data = await corpus()
    const text = 'Officials said 😀 about 100,000 troops remain.'
    const { code, out } = await run('search', 'troop*', '--data', data)
    expect(code).toBe(0)
    const start = 'Talks resume in Geneva\n\n'.length + text.indexOf('troops')
    expect(out).toContain(`#1\t${start}-${start + 6}\t`)
    expect(out).toContain('Officials said 😀 about 100,000 [troops] remain.')
    expect(out).toMatch(/1 article and 0 annotations match "troop"\*/)
  })

  it('applies filters and says what is wrong with a malformed query or option', async () => {
    const data = await corpus()
    expect((await run('search', 'troops', '--from', '2030-01-01', '--data', data)).out).toMatch(/^0 articles/)
    const bad = await run('search', '"troops', '--data', data)
    expect(bad.code).toBe(1)
    expect(bad.err).toMatch(/quotation mark at character 1 is never closed/)
    expect((await run('search', 'troops', '--from', 'May', '--data', data)).err).toMatch(/YYYY-MM-DD/)
    expect((await run('search', '--data', data)).err).toMatch(/give a search query/)
  })
})

describe('workbench story', () => {
  it('creates a story of articles, adds, removes, lists and deletes it', async () => {
    const data = await corpus()
    expect((await run('story', 'create', '--title', 'Talks', '1', '--data', data)).err).toMatch(/analyst name/)
    await run('profile', '--name', 'Ada', '--data', data)
    const made = await run('story', 'create', '--title', 'Talks', '#1', '--data', data)
    expect(made.out).toMatch(/^story 1: Talks \(1 articles, by Ada\)\n {2}#1\t/)
    expect((await run('story', 'add', '1', '7', '--data', data)).err).toMatch(/no article #7/)
    expect((await run('story', 'remove', '1', '1', '--data', data)).out).toMatch(/\(0 articles/)
    expect((await run('story', 'list', '--data', data)).out).toMatch(/1 story$/)
    expect((await run('story', 'delete', '1', '--data', data)).out).toBe('deleted story 1')
    expect((await run('story', 'frobnicate', '--data', data)).err).toMatch(/say what to do/)
  })
})

describe('workbench compare', () => {
  it('prints a story’s figures per unit and writes the CSV and HTML exports', async () => {
    const data = await corpus()
    await run('profile', '--name', 'Ada', '--data', data)
    await run('story', 'create', '--title', 'Talks', '1', '--data', data)
    const db = openDatabase(data)
    const text = db.prepare('SELECT text FROM article WHERE id = 1').pluck().get() as string
    const start = text.indexOf('about 100,000 troops')
    createAnnotation(db, getProfile(db)!, {
      articleId: 1,
      tag: 'figure',
      start,
      end: start + 'about 100,000 troops'.length,
      attributes: { value: 100000, unit: 'troops', approximate: true, qualifier: 'about' }
    })
    db.close()
    const shown = await run('compare', '1', '--data', data)
    expect(shown.out).toContain(
      `figures in troops\n  Talks resume in Geneva: about 100,000 troops  (#1 ${start}-${start + 20})`
    )
    const csv = join(data, 'out.csv')
    const html = join(data, 'out.html')
    expect((await run('compare', '1', '--csv', csv, '--html', html, '--data', data)).out).toBe(
      `wrote ${csv}\nwrote ${html}`
    )
    expect(readFileSync(csv, 'utf8')).toContain('figure,troops,Talks resume in Geneva,1,')
    expect(readFileSync(html, 'utf8')).toContain('<h1>Talks</h1>')
  })
})
