import { describe, expect, it } from 'vitest'
import { inlineToText, markdownToText } from './markdown-to-text'
import { parseArticleFile } from './parse-file'
import { parseSingleArticle } from './test-fixtures'

describe('parseArticleFile with a Markdown file', () => {
  it('takes metadata from the YAML front matter', () => {
    expect(parseSingleArticle('grain-exports.md')).toMatchObject({
      title: 'Grain ships leave Odesa under new corridor',
      outlet: 'Black Sea Monitor',
      url: 'https://example.org/news/grain-corridor',
      publishedDate: '2023-08-17',
      language: 'en'
    })
  })

  it('turns the Markdown into plain text and removes furniture', () => {
    expect(parseSingleArticle('grain-exports.md').text).toBe(
      [
        'Ships leave port',
        '',
        'The first three ships left on Thursday, the port authority said.',
        '',
        '“It is a start,” said an official.',
        '',
        'Cargo: 130,000 tonnes of wheat',
        'Destination: Istanbul 🇺🇦',
        '',
        '1. First ship left at 06:00',
        '2. Second at 07:30',
        '',
        'A grain ship'
      ].join('\n')
    )
  })

  it('keeps the Markdown source as the raw text', () => {
    const article = parseSingleArticle('grain-exports.md')
    expect(article.rawText.startsWith('---\ntitle: "Grain ships')).toBe(true)
    expect(article.removed).toEqual([{ text: 'Skip to content', reason: 'skip link' }])
  })

  it('takes the title from the first heading when there is no front matter, and the date from the text', () => {
    const article = parseSingleArticle('plain-heading.md')
    expect(article).toMatchObject({
      title: 'Rail strike ends after pay deal',
      publishedDate: '2024-06-12',
      outlet: null
    })
    expect(article.text).toBe(
      'Rail strike ends after pay deal\n\nTrains run again from Monday after unions accepted a 4.5% pay rise, agreed on 12 June 2024.\n\n' +
        'See schedule_v2 for times; costs rose 5 * 3 percent in snake_case_terms.'
    )
  })

  it('accepts the .markdown extension', () => {
    expect(parseSingleArticle('story.markdown', new TextEncoder().encode('# Title here\n\nBody text.')).title).toBe(
      'Title here'
    )
  })

  it('fails the file when the front matter states a date that cannot be read', () => {
    const bytes = new TextEncoder().encode('---\ndate: last Tuesday\n---\n# Title\n\nText.')
    expect(parseArticleFile('story.md', bytes)).toEqual({
      ok: false,
      reason: 'front matter: the date "last Tuesday" is not a date we can read (use YYYY-MM-DD)'
    })
  })
})

describe('markdownToText', () => {
  it('prefers a level-1 heading over an earlier level-2 heading as the main heading', () => {
    expect(markdownToText('## Kicker\n\n# Main headline\n\nText').heading).toBe('Main headline')
  })

  it('keeps the content of fenced code as written', () => {
    expect(markdownToText('```\n*not emphasis*\n```').text).toBe('*not emphasis*')
  })

  it('drops thematic breaks and link definitions', () => {
    expect(markdownToText('One\n\n***\n\n[ref]: https://example.org\nTwo').text).toBe('One\n\n\n\nTwo')
  })
})

describe('inlineToText', () => {
  it.each([
    ['**bold** and __bold__', 'bold and bold'],
    ['*em* and _em_', 'em and em'],
    ['~~gone~~ text', 'gone text'],
    ['[a link](https://example.org/a_(b)) here', 'a link here'],
    ['[ref link][1]', 'ref link'],
    ['<https://example.org>', 'https://example.org'],
    ['`code_with *stars*`', 'code_with *stars*'],
    ['\\*literal stars\\*', '*literal stars*'],
    ['snake_case_name and 5 * 3 and a*b', 'snake_case_name and 5 * 3 and a*b'],
    ['“curly” — 😀 𝐓 שלום', '“curly” — 😀 𝐓 שלום']
  ])('turns %s into %s', (markdown, text) => {
    expect(inlineToText(markdown)).toBe(text)
  })
})
