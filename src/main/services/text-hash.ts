import { createHash } from 'node:crypto'

/** Lowercase hex SHA-256 of a text's UTF-8 bytes: the identity of an article's cleaned text. */
export function sha256Of(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}
