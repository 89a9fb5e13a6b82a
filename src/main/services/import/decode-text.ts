// Turns a file's bytes into the text every parser starts from. Only UTF-8 is accepted: guessing a
// legacy encoding would silently change characters, and annotations point at exact characters.

export type DecodedText = { ok: true; text: string } | { ok: false; reason: string }

const UTF8_BOM = [0xef, 0xbb, 0xbf]
// ignoreBOM: the BOM is stripped below, so a second one (U+FEFF as content) is kept as written.
// One decoder for all files: constructing one costs about as much as decoding a short article.
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/**
 * Returns the file's text with a leading BOM stripped and "\r\n" / "\r" turned into "\n", or a reason
 * the file cannot be read as text: empty, binary (a NUL byte), UTF-16 or invalid UTF-8.
 * No Unicode normalisation is applied, so every character stays exactly as the file has it.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) return { ok: false, reason: 'is empty' }
  // UTF-16 text is full of NUL bytes, so it is recognised by its BOM before the binary check.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, reason: 'is UTF-16 encoded; save it as UTF-8 and import it again' }
  }
  const nul = bytes.indexOf(0)
  if (nul !== -1) return { ok: false, reason: `looks like a binary file (NUL byte at offset ${nul})` }
  const hasBom = UTF8_BOM.every((byte, i) => bytes[i] === byte)
  const body = hasBom ? bytes.subarray(UTF8_BOM.length) : bytes
  let text: string
  try {
    text = UTF8.decode(body)
  } catch {
    const offset = firstInvalidUtf8Offset(body) + (hasBom ? UTF8_BOM.length : 0)
    return { ok: false, reason: `is not valid UTF-8 (invalid byte at offset ${offset})` }
  }
  text = normaliseNewlines(text)
  if (!/\S/.test(text)) return { ok: false, reason: 'is empty (it contains only whitespace)' }
  return { ok: true, text }
}

/** Returns the text with every "\r\n" and lone "\r" replaced by "\n". */
export function normaliseNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text
}

/**
 * Returns the byte offset where the first malformed UTF-8 sequence starts, or -1 when the bytes are
 * valid. TextDecoder only says *that* decoding failed; the user needs *where* to look. The ranges are
 * the well-formed sequences of the Unicode standard (table 3-7), the same ones TextDecoder accepts.
 */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const lead = bytes[i]
    const length = sequenceLength(lead)
    if (length === 0) return i
    if (length > 1) {
      const [low, high] = secondByteRange(lead)
      if (i + 1 >= bytes.length || bytes[i + 1] < low || bytes[i + 1] > high) return i
      for (let k = 2; k < length; k++) {
        if (i + k >= bytes.length || !isContinuation(bytes[i + k])) return i
      }
    }
    i += length
  }
  return -1
}

/** Returns how many bytes a sequence starting with `lead` has, or 0 when `lead` cannot start one. */
function sequenceLength(lead: number): number {
  if (lead <= 0x7f) return 1
  if (lead >= 0xc2 && lead <= 0xdf) return 2
  if (lead >= 0xe0 && lead <= 0xef) return 3
  if (lead >= 0xf0 && lead <= 0xf4) return 4
  return 0
}

/** Returns the allowed range of the second byte; narrower after E0, ED, F0 and F4 (overlongs, surrogates, > U+10FFFF). */
function secondByteRange(lead: number): [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf]
  if (lead === 0xed) return [0x80, 0x9f]
  if (lead === 0xf0) return [0x90, 0xbf]
  if (lead === 0xf4) return [0x80, 0x8f]
  return [0x80, 0xbf]
}

function isContinuation(byte: number): boolean {
  return byte >= 0x80 && byte <= 0xbf
}
