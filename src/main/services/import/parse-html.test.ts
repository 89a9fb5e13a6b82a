import { describe, expect, it } from 'vitest'
import { parseArticleFile } from './parse-file'
import { parseSingleArticle, readFixture } from './test-fixtures'

const encode = (text: string): Uint8Array => new TextEncoder().encode(text)

describe('parseArticleFile with an HTML page', () => {
  const article = parseSingleArticle('council-vote.html')

  it('extracts the article and leaves navigation, scripts and footer out', () => {
    expect(article.text).toContain('The town council voted 7–2 on Tuesday to build a second bridge')
    expect(article.text).not.toContain('Sport')
    expect(article.text).not.toContain('window.tracking')
    expect(article.text).not.toContain('color: black')
    expect(article.text).not.toContain('All rights reserved')
  })

  it('makes each paragraph, heading and caption a paragraph of its own, and <br> a line break', () => {
    expect(article.text).toContain(
      '“This is the biggest decision this council has taken in a generation,” said councillor Ruth Mensah, who proposed the plan.'
    )
    expect(article.text).toContain('\n\nOpposition\n\n')
    expect(article.text).toContain('“We cannot afford it,” said Tom Birch 😀.\nHe asked for a public inquiry.')
    expect(article.text).toContain('\n\nAn artist’s impression of the bridge.\n\n')
    expect(article.text).not.toMatch(/\n{3,}/)
  })

  it('takes metadata from the page head: Readability title, site name, canonical address, published time, lang', () => {
    expect(article).toMatchObject({
      title: 'Council backs new bridge in 7–2 vote',
      outlet: 'Riverside Courier',
      url: 'https://courier.example/news/bridge-vote',
      publishedDate: '2024-05-21',
      language: 'en-GB'
    })
  })

  it('keeps the HTML source as the raw text', () => {
    expect(article.rawText.startsWith('<!DOCTYPE html>')).toBe(true)
  })

  it('reads a bare fragment without <html> or <body>, detecting metadata from its text and removing furniture', () => {
    const note = parseSingleArticle('short-note.htm', readFixture('short-note.html'))
    expect(note.text).toBe('Ferry cancelled: high winds on 3 January 2025 stopped the morning crossing.')
    expect(note).toMatchObject({ publishedDate: '2025-01-03', outlet: null, url: null, language: 'en' })
    expect(note.removed).toEqual([{ text: 'Share on Facebook', reason: 'share buttons' }])
  })

  it('falls back to the whole body when Readability finds no article (text only in an <aside>)', () => {
    const page =
      '<html><head><title>Ferry update</title></head><body><aside><p>Ferries are cancelled today.</p><p>Share on Facebook</p></aside></body></html>'
    expect(parseSingleArticle('aside.html', encode(page))).toMatchObject({
      title: 'Ferry update',
      text: 'Ferries are cancelled today.',
      removed: [{ text: 'Share on Facebook', reason: 'share buttons' }]
    })
  })

  it('takes the date from <time datetime> and the address from og:url when the head has no better ones', () => {
    const page = `<html><head><title>Ferry news</title><meta property="og:url" content="https://ferry.example/a"></head>
      <body><article><p>Ferries run again after the storm, the operator said on Friday.</p>
      <time datetime="2025-01-10T07:00:00Z">Friday</time></article></body></html>`
    expect(parseSingleArticle('ferry.html', encode(page))).toMatchObject({
      url: 'https://ferry.example/a',
      publishedDate: '2025-01-10'
    })
  })

  it('fails a page without visible text', () => {
    const page = '<html><head><title>Empty</title><script>var a = 1</script></head><body>  </body></html>'
    expect(parseArticleFile('empty.html', encode(page))).toEqual({ ok: false, reason: 'contains no visible text' })
  })
})
