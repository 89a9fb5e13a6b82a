import { describe, expect, it } from 'vitest'
import { parseArticleFile, SUPPORTED_EXTENSIONS } from './parse-file'
import { readFixture } from './test-fixtures'

describe('parseArticleFile with files it cannot import', () => {
  it('fails an empty file in every format', () => {
    for (const extension of SUPPORTED_EXTENSIONS) {
      expect(parseArticleFile(`empty${extension}`, readFixture('empty.txt'))).toEqual({ ok: false, reason: 'is empty' })
    }
  })

  it('fails a binary file, naming the offset of its first NUL byte', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])
    expect(parseArticleFile('photo.txt', png)).toEqual({
      ok: false,
      reason: 'looks like a binary file (NUL byte at offset 8)'
    })
  })

  it('fails a file that is not UTF-8, naming the offset of the bad byte', () => {
    const latin1 = Uint8Array.from([...new TextEncoder().encode('Caf'), 0xe9, 0x20, 0x6f, 0x70, 0x65, 0x6e, 0x73])
    expect(parseArticleFile('cafe.md', latin1)).toEqual({
      ok: false,
      reason: 'is not valid UTF-8 (invalid byte at offset 3)'
    })
  })

  it('fails a file that holds nothing but page furniture', () => {
    expect(parseArticleFile('furniture.txt', readFixture('only-furniture.txt'))).toEqual({
      ok: false,
      reason: 'contains no article text after removing page furniture'
    })
  })

  it('fails an unsupported extension before reading the bytes, listing the supported ones', () => {
    expect(parseArticleFile('report.PDF', readFixture('empty.txt'))).toEqual({
      ok: false,
      reason: 'has an unsupported extension ".pdf" (supported: .txt, .md, .markdown, .html, .htm, .jsonl)'
    })
    expect(parseArticleFile('README', readFixture('empty.txt'))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^has no extension \(supported: /)
    })
  })

  it('never puts the file name in the reason, which the caller adds', () => {
    const result = parseArticleFile('secret-name.jsonl', readFixture('missing-text.jsonl'))
    expect(result.ok).toBe(false)
    expect(!result.ok && result.reason).not.toContain('secret-name')
  })
})
