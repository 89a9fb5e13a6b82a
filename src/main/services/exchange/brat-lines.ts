// The pieces of a brat standoff .ann line that need encoding. brat's fields are separated by tabs and
// spaces and a line cannot hold a newline, so attribute values and notes are escaped here:
//   attribute value: "%" → "%25", whitespace → "%20" / "%09" / "%0A" / "%0D" (percent-encoding, as in URLs)
//   note: "\" → "\\", newline → "\n", tab → "\t", carriage return → "\r"
import type { AttributeValue } from '../../../shared/model'

/** An attribute value as one token. true is written as a binary attribute (no value). */
export function encodeAttributeValue(value: Exclude<AttributeValue, null>): string | null {
  if (value === true) return null
  const token = String(value).replace(/[%\s]/g, percent)
  // A string that would read back as a number or as false has its first character encoded.
  if (typeof value === 'string' && decodeAttributeValue(token) !== value) return `${percent(token[0])}${token.slice(1)}`
  return token
}

function percent(c: string): string {
  return `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`
}

/**
 * The attribute value a token stands for: no token is true, "false" is false, a number written as
 * JavaScript writes it is a number, anything else a string (percent-decoded).
 */
export function decodeAttributeValue(token: string | undefined): AttributeValue {
  if (token === undefined) return true
  if (token === 'false') return false
  if (/^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(token) && String(Number(token)) === token) return Number(token)
  return token.replace(/%([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
}

export function encodeNote(note: string): string {
  return note.replace(/[\\\n\t\r]/g, (c) => ({ '\\': '\\\\', '\n': '\\n', '\t': '\\t', '\r': '\\r' })[c] as string)
}

export function decodeNote(text: string): string {
  return text.replace(/\\([\\ntr])/g, (_, c: string) => ({ '\\': '\\', n: '\n', t: '\t', r: '\r' })[c] as string)
}
