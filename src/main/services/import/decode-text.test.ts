import { describe, expect, it } from 'vitest'
import { decodeText, firstInvalidUtf8Offset } from './decode-text'

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)
const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values)

describe('decodeText', () => {
  it('returns the text of valid UTF-8 exactly, with curly quotes, emoji, astral and RTL characters untouched', () => {
    const text = '“Quote” — 🇺🇦 😀 𝐓 𠜎 שלום «شكراً»'
    expect(decodeText(utf8(text))).toEqual({ ok: true, text })
  })

  it('does not apply Unicode normalisation, so a decomposed é stays two code points', () => {
    const decomposed = 'Cafe\u0301 opens'
    const decoded = decodeText(utf8(decomposed))
    expect(decoded).toEqual({ ok: true, text: decomposed })
  })

  it('strips a leading UTF-8 byte order mark', () => {
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x48, 0x69))).toEqual({ ok: true, text: 'Hi' })
  })

  it('turns Windows and old Mac line endings into "\\n"', () => {
    expect(decodeText(utf8('one\r\ntwo\rthree\n\r\nfour'))).toEqual({ ok: true, text: 'one\ntwo\nthree\n\nfour' })
  })

  it('reports an empty file as empty', () => {
    expect(decodeText(new Uint8Array())).toEqual({ ok: false, reason: 'is empty' })
  })

  it('reports a file of only whitespace (or only a BOM) as empty', () => {
    expect(decodeText(utf8(' \n\t\r\n'))).toMatchObject({ ok: false, reason: expect.stringMatching(/^is empty/) })
    expect(decodeText(bytes(0xef, 0xbb, 0xbf))).toMatchObject({ ok: false, reason: expect.stringMatching(/^is empty/) })
  })

  it('reports a NUL byte as a binary file, naming its offset', () => {
    expect(decodeText(bytes(0x50, 0x4b, 0x03, 0x04, 0x00, 0x01))).toEqual({
      ok: false,
      reason: 'looks like a binary file (NUL byte at offset 4)'
    })
  })

  it('reports UTF-16 text by its byte order mark instead of calling it binary', () => {
    expect(decodeText(bytes(0xff, 0xfe, 0x48, 0x00))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('UTF-16')
    })
  })

  it('reports invalid UTF-8 with the offset of the bad byte', () => {
    // "Café" in Latin-1: é is the single byte 0xE9 at offset 3.
    expect(decodeText(bytes(0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f))).toEqual({
      ok: false,
      reason: 'is not valid UTF-8 (invalid byte at offset 3)'
    })
  })

  it('counts the offset of invalid UTF-8 in the file, including a stripped BOM', () => {
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x41, 0xff))).toEqual({
      ok: false,
      reason: 'is not valid UTF-8 (invalid byte at offset 4)'
    })
  })
})

describe('firstInvalidUtf8Offset', () => {
  it('returns -1 for valid text of every sequence length', () => {
    expect(firstInvalidUtf8Offset(utf8('a é € 😀 𠜎'))).toBe(-1)
  })

  it('returns the start of a sequence cut short by the end of the file', () => {
    const text = utf8('ab€')
    expect(firstInvalidUtf8Offset(text.subarray(0, text.length - 1))).toBe(2)
  })

  it('returns the start of a sequence whose continuation byte is missing', () => {
    expect(firstInvalidUtf8Offset(bytes(0x41, 0xe2, 0x82, 0x41))).toBe(1)
  })

  it('rejects overlong encodings and encoded surrogates, as TextDecoder does', () => {
    expect(firstInvalidUtf8Offset(bytes(0xc0, 0xaf))).toBe(0)
    expect(firstInvalidUtf8Offset(bytes(0x41, 0xe0, 0x80, 0xaf))).toBe(1)
    expect(firstInvalidUtf8Offset(bytes(0xed, 0xa0, 0x80))).toBe(0)
    expect(firstInvalidUtf8Offset(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0)
  })

  it('returns the offset of a stray continuation byte', () => {
    expect(firstInvalidUtf8Offset(bytes(0x41, 0x42, 0x80))).toBe(2)
  })
})
