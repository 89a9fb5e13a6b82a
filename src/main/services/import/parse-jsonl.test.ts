import { describe, expect, it } from 'vitest'
import { parseArticleFile, type ParsedFile } from './parse-file'
import { readFixture } from './test-fixtures'

const encode = (text: string): Uint8Array => new TextEncoder().encode(text)
const parseLines = (...lines: string[]): ParsedFile => parseArticleFile('wire.jsonl', encode(lines.join('\n')))

describe('parseArticleFile with a JSONL file', () => {
  const parsed = parseArticleFile('wire-stories.jsonl', readFixture('wire-stories.jsonl'))
  const articles = parsed.ok ? parsed.articles : []

  it('returns one article per non-empty line, skipping blank lines', () => {
    expect(parsed.ok).toBe(true)
    expect(articles).toHaveLength(3)
  })

  it('uses the explicit fields and converts a written date to YYYY-MM-DD', () => {
    expect(articles[0]).toMatchObject({
      title: 'Wheat prices climb',
      outlet: 'Farm Wire',
      url: 'https://farm.example/wheat',
      publishedDate: '2024-03-05',
      language: 'en'
    })
  })

  it('cleans each text of furniture like a .txt file and keeps the line text as raw text', () => {
    expect(articles[0].text).toBe('Wheat prices climb\n\nWheat prices rose 4% on Tuesday, traders said.')
    expect(articles[0].rawText).toBe(
      'Skip to content\nWheat prices climb\n\nWheat prices rose 4% on Tuesday, traders said.\nLeave a Comment'
    )
    expect(articles[0].removed.map((segment) => segment.reason)).toEqual(['skip link', 'comment prompt'])
  })

  it('detects the fields a line leaves out from its text, and reads an ISO timestamp as its date', () => {
    expect(articles[1]).toMatchObject({
      title: 'Dairy farmers protest in capital',
      outlet: 'Farm Wire',
      publishedDate: '2024-03-06',
      language: 'en'
    })
    expect(articles[1].text).toContain('demanding “fair prices”. 🚜')
  })

  it('lets explicit fields win over what the text suggests', () => {
    const result = parseLines(
      '{"text":"Headline in text\\n\\nSource: Other Paper\\n\\nOn 1 May 2024 it rained.","title":"Given title","outlet":"Given outlet","date":"2024-05-02"}'
    )
    expect(result.ok && result.articles[0]).toMatchObject({
      title: 'Given title',
      outlet: 'Given outlet',
      publishedDate: '2024-05-02'
    })
  })

  it('normalises "\\r\\n" inside a text, ignores unknown fields and treats null as not given', () => {
    expect(articles[2]).toMatchObject({
      title: 'Ранние заморозки повредили урожай',
      text: 'Ранние заморозки повредили урожай\n\nМороз ударил в ночь на вторник.',
      language: null,
      outlet: null
    })
  })

  it('takes the outlet from the known domain of a stated address when nothing names the outlet', () => {
    const result = parseLines(
      '{"text":"Floods close schools\\n\\nSchools shut on Monday.","url":"https://www.dw.com/en/floods/a-1"}'
    )
    expect(result.ok && result.articles[0].outlet).toBe('DW')
  })

  it('falls back to the file name and line number for a title', () => {
    const result = parseLines('{"text":"x"}', '{"text":"y"}')
    expect(result.ok && result.articles.map((article) => article.title)).toEqual(['wire (line 1)', 'wire (line 2)'])
  })
})

describe('parseArticleFile with a bad JSONL line', () => {
  it('fails the whole file on a line that is not JSON, naming the line', () => {
    const result = parseArticleFile('bad.jsonl', readFixture('malformed-line.jsonl'))
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/^line 3: invalid JSON \(.+\)$/) })
  })

  it('fails the whole file on a line without text, naming the line', () => {
    const result = parseArticleFile('bad.jsonl', readFixture('missing-text.jsonl'))
    expect(result).toEqual({ ok: false, reason: 'line 2: field "text" is missing or empty' })
  })

  it('fails on a text that is blank or not a string', () => {
    expect(parseLines('{"text":"  \\n "}')).toEqual({ ok: false, reason: 'line 1: field "text" is missing or empty' })
    expect(parseLines('{"text":42}')).toEqual({ ok: false, reason: 'line 1: field "text" is missing or empty' })
  })

  it('fails on an optional field of the wrong type', () => {
    expect(parseLines('{"text":"ok","title":7}')).toEqual({
      ok: false,
      reason: 'line 1: field "title" must be a string'
    })
  })

  it('fails on a line that is JSON but not an object', () => {
    expect(parseLines('{"text":"fine"}', '["text"]')).toEqual({
      ok: false,
      reason: 'line 2: expected a JSON object with a "text" field'
    })
  })

  it('fails on a date it cannot read, naming the line and the date', () => {
    expect(parseLines('{"text":"fine"}', '', '{"text":"ok","date":"soon"}')).toEqual({
      ok: false,
      reason: 'line 3: field "date" is not a date we can read ("soon"; use YYYY-MM-DD)'
    })
  })

  it('fails on a line whose text is only page furniture', () => {
    expect(parseLines('{"text":"Skip to content\\nLeave a Comment"}')).toEqual({
      ok: false,
      reason: 'line 1: contains no article text after removing page furniture'
    })
  })
})
