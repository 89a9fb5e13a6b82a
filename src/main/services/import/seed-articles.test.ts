// The five articles the workbench was commissioned for, exactly as scraped. They live outside the
// repository (their text belongs to the publishers), so these tests skip where the folder is absent.

import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { ArticleDraft } from '../../../shared/model'
import { parseArticleFile } from './parse-file'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..')
const seedDir = resolve(repoRoot, '../shared/corpus/seed-articles')
const haveSeeds = existsSync(seedDir)
if (!haveSeeds) console.warn('skipping seed-article tests: ../shared/corpus/seed-articles not found')

const FURNITURE = ['Skip to main content', 'Accessibility links', 'Share to or', 'top of page', 'Leave a Comment']

describe.skipIf(!haveSeeds)('the seed articles', () => {
  const files = haveSeeds ? readdirSync(seedDir).filter((name) => name.endsWith('.txt')) : []
  const parse = (prefix: string): ArticleDraft => {
    const name = files.find((file) => file.startsWith(prefix))
    if (name === undefined) throw new Error(`no seed article ${prefix}_*.txt`)
    const parsed = parseArticleFile(name, readFileSync(join(seedDir, name)))
    if (!parsed.ok) throw new Error(`${name} ${parsed.reason}`)
    return parsed.articles[0]
  }

  it('are all five present', () => {
    expect(files.map((file) => file.slice(0, 3)).sort()).toEqual(['000', '001', '002', '003', '004'])
  })

  it.each(['000', '001', '002', '003', '004'])('%s parses into one article without page furniture', (prefix) => {
    const article = parse(prefix)
    for (const furniture of FURNITURE) expect(article.text).not.toContain(furniture)
    expect(article.text).not.toMatch(/\n{3,}/)
    expect(article.text).toBe(article.text.trim())
    expect(article.language).toBe('en')
  })

  it('keeps the key sentences and figures', () => {
    expect(parse('000').text).toContain(
      'During a 50-minute call on December 30, the two leaders held a “serious and substantive” exchange'
    )
    expect(parse('000').text).toContain('some 100,000 troops on its border with Ukraine')
    expect(parse('001').text).toContain('upwards of 100,000 troops as early as 2022')
    expect(parse('002').text).toContain('around 100,000 Russian troops amassed')
    expect(parse('003').text).toContain('the 60,000 to 90,000 Russian troops')
    expect(parse('003').text).toContain('during a 50-minute phone call')
    expect(parse('004').text).toContain('spoke candidly for nearly an hour')
  })

  it('keeps agency sign-offs and bylines, which are content', () => {
    expect(parse('002').text.endsWith('ar/rt (AFP, AP)')).toBe(true)
    expect(parse('001').text).toContain('Story by Olga Korelina')
  })

  it('removes the duplicate caption, the short link, the promo block and the publisher footer', () => {
    const rferl = parse('000')
    expect(
      rferl.text.split('U.S. President Joe Biden speaks with Russian President Vladimir Putin on December 30.')
    ).toHaveLength(2)
    expect(rferl.text).not.toContain('journalists report the news in')
    expect(rferl.text).not.toContain('undesirable organization')
    expect(rferl.text).not.toContain('click here')
    expect(parse('002').text).not.toContain('p.dw.com')
    expect(parse('001').text).not.toContain('Read more about')
    expect(parse('001').text).not.toContain('What it all meant')
  })

  it('detects the stated metadata', () => {
    expect(parse('000')).toMatchObject({
      outlet: 'RFE/RL',
      title: "'Serious, Substantive': Biden, Putin Agree To Intensify Diplomacy Amid Ukraine Tensions"
    })
    expect(parse('001')).toMatchObject({
      outlet: 'Meduza',
      title: 'Deep concerns Putin and Biden discuss Ukraine, bilateral relations in virtual talks'
    })
    expect(parse('002')).toMatchObject({
      outlet: 'DW',
      publishedDate: '2021-12-30',
      url: 'https://p.dw.com/p/44yl3',
      title: 'Biden and Putin to discuss Ukraine by phone'
    })
    expect(parse('003')).toMatchObject({ outlet: null, publishedDate: null })
    expect(parse('004')).toMatchObject({ outlet: 'The Decision Maker', publishedDate: '2021-12-30' })
  })
})
