// Conversion between the two units that annotation offsets are counted in:
//   UTF-16 code units — JavaScript strings, the DOM, Lexical, and our database;
//   Unicode code points — the W3C Web Annotation model, brat and Label Studio, and our bundles.
// They differ by one for every astral character (emoji, many CJK extensions) before the offset.

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

/** True when `offset` falls between the two halves of a surrogate pair, i.e. inside one character. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false
  return isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset))
}

/**
 * Converts offsets in one text between units. Built once per text (O(n)), then each conversion is a
 * binary search over the astral characters only, so texts without emoji convert in O(1).
 */
export class OffsetConverter {
  /** UTF-16 index of the high surrogate of each astral character, ascending. */
  private readonly astralAt: number[] = []
  readonly utf16Length: number
  readonly codePointLength: number

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) {
        this.astralAt.push(i)
        i++
      }
    }
    this.utf16Length = text.length
    this.codePointLength = text.length - this.astralAt.length
  }

  /** Number of astral characters that start before UTF-16 index `offset`. */
  private astralBefore(offset: number): number {
    let lo = 0
    let hi = this.astralAt.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (this.astralAt[mid] < offset) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  /**
   * The code-point offset of a UTF-16 offset. Returns null when the offset is outside the text or
   * splits a surrogate pair (such an offset names no character boundary).
   */
  toCodePoints(utf16: number): number | null {
    if (!Number.isInteger(utf16) || utf16 < 0 || utf16 > this.utf16Length) return null
    const before = this.astralBefore(utf16)
    if (before > 0 && this.astralAt[before - 1] === utf16 - 1) return null
    return utf16 - before
  }

  /** The UTF-16 offset of a code-point offset, or null when it lies outside the text. */
  toUtf16(codePoints: number): number | null {
    if (!Number.isInteger(codePoints) || codePoints < 0 || codePoints > this.codePointLength) return null
    // Each astral character before the target adds one code unit; find how many lie before it.
    let lo = 0
    let hi = this.astralAt.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      // astralAt[mid] - mid is the code-point index of that astral character.
      if (this.astralAt[mid] - mid < codePoints) lo = mid + 1
      else hi = mid
    }
    return codePoints + lo
  }
}
