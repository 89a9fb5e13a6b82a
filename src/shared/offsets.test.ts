import { describe, expect, it } from 'vitest'
import { OffsetConverter, splitsSurrogatePair } from './offsets'

// "😀" (U+1F600) and "𝔘" (U+1D518) are astral: two UTF-16 code units, one code point each.
const text = 'A😀b𝔘c 🇺🇦 d'

describe('OffsetConverter', () => {
  const convert = new OffsetConverter(text)

  it('counts code points and code units of a text with astral characters', () => {
    expect(convert.utf16Length).toBe(text.length)
    expect(convert.codePointLength).toBe([...text].length)
    expect(text.length - [...text].length).toBe(4)
  })

  it('maps every character boundary to code points and back', () => {
    let utf16 = 0
    let codePoints = 0
    for (const char of [...text, '']) {
      expect(convert.toCodePoints(utf16)).toBe(codePoints)
      expect(convert.toUtf16(codePoints)).toBe(utf16)
      utf16 += char.length
      codePoints += 1
    }
  })

  it('refuses an offset that falls inside a surrogate pair', () => {
    expect(convert.toCodePoints(2)).toBeNull()
    expect(splitsSurrogatePair(text, 2)).toBe(true)
    expect(splitsSurrogatePair(text, 3)).toBe(false)
  })

  it('refuses offsets outside the text', () => {
    expect(convert.toCodePoints(-1)).toBeNull()
    expect(convert.toCodePoints(text.length + 1)).toBeNull()
    expect(convert.toUtf16([...text].length + 1)).toBeNull()
    expect(convert.toUtf16(1.5)).toBeNull()
  })

  it('converts a span after emoji so that it still selects the same characters', () => {
    const start16 = text.indexOf('c')
    const cp = convert.toCodePoints(start16) as number
    expect([...text].slice(cp, cp + 1).join('')).toBe('c')
  })

  it('is the identity for text without astral characters', () => {
    const plain = new OffsetConverter('Moscow — “nearly an hour”')
    for (let i = 0; i <= 25; i++) expect(plain.toCodePoints(i)).toBe(i)
  })
})
