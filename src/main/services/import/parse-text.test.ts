import { describe, expect, it } from 'vitest'
import { parseSingleArticle, readFixture } from './test-fixtures'

describe('parseArticleFile with a .txt file', () => {
  const raw = new TextDecoder().decode(readFixture('harbour-reopens.txt'))
  const article = parseSingleArticle('harbour-reopens.txt')

  it('keeps the decoded file as the raw text', () => {
    expect(article.rawText).toBe(raw)
  })

  it('removes the page furniture from the text', () => {
    for (const furniture of ['Skip to main content', 'Share to or', 'Breaking News', '16x9 Image', 'Leave a Comment']) {
      expect(article.text).not.toContain(furniture)
    }
    expect(article.text).not.toContain('top of page')
    expect(article.text).not.toContain('All rights reserved')
    expect(article.text).not.toContain('p.dw.com')
    expect(article.text).not.toContain('How one night of wind')
  })

  it('keeps the article text exactly, curly quotes, emoji, astral and right-to-left characters included', () => {
    expect(article.text).toContain(
      '“We lost 21 days of catch,” said skipper Dana Osei, adding that repairs cost “about £2.4 million” — more than the council had set aside. 😀'
    )
    expect(article.text).toContain('Sonia 🇺🇦 raised a banner reading “𝐓𝐡𝐚𝐧𝐤 𝐲𝐨𝐮” on the quay')
    expect(article.text).toContain('answered «شكراً لكم» and a student from Haifa wrote שלום on the wall.')
  })

  it('keeps one copy of a caption printed twice', () => {
    expect(article.text.split('Boats line up at the reopened quay in Kelmouth.')).toHaveLength(2)
  })

  it('separates paragraphs by exactly one blank line and starts with the headline', () => {
    expect(article.text).not.toMatch(/\n{3,}/)
    expect(
      article.text.startsWith('Storm-hit harbour reopens to fishing fleet after three weeks\n\nSource: Coast Gazette')
    ).toBe(true)
  })

  it('lists every removed piece with its reason', () => {
    expect(article.removed.map((segment) => segment.reason)).toEqual([
      'skip link',
      'share buttons',
      'breaking-news banner',
      'duplicate caption',
      'image placeholder',
      'promo link',
      'promo teaser',
      'short link',
      'comment prompt',
      'copyright notice',
      'page anchor'
    ])
  })

  it('detects the metadata the text states', () => {
    expect(article).toMatchObject({
      title: 'Storm-hit harbour reopens to fishing fleet after three weeks',
      outlet: 'Coast Gazette',
      url: 'https://p.dw.com/p/4abCd',
      publishedDate: '2024-03-04',
      language: 'en'
    })
  })

  it('falls back to the file name without extension when no line reads like a headline', () => {
    const bytes = new TextEncoder().encode(
      `Notes\n\n${'It rained all day in the harbour town, '.repeat(5)}then it stopped.`
    )
    expect(parseSingleArticle('notes/2024-rain.TXT', bytes).title).toBe('2024-rain')
  })

  it('reads Windows line endings and a BOM like a plain UTF-8 file', () => {
    const bytes = new TextEncoder().encode(
      '\ufeffHarbour reopens\r\n\r\n\r\n\r\nBoats returned.\r\nLeave a Comment\r\n'
    )
    expect(parseSingleArticle('crlf.txt', bytes)).toMatchObject({
      text: 'Harbour reopens\n\nBoats returned.',
      rawText: 'Harbour reopens\n\n\n\nBoats returned.\nLeave a Comment\n'
    })
  })
})
