// Reading annotations.jsonld a line at a time. The workbench writes the collection's items one per
// line (bundle-zip.ts), so each item can be parsed, checked and reduced to what the import keeps as
// soon as its line is decoded: the file's text and its whole JSON tree are never held at once.
// Everything is still parsed by JSON.parse; the lines only say where an item starts and ends. Any
// other layout, and any item or shell that does not read cleanly, gives null, and the caller parses
// the whole file instead, which also finds the problem and names it.
import { randomUUID } from 'node:crypto'

/** A line that opens the items: `"items": [` at its end. */
const ITEMS_OPEN = /"items"[ \t\r]*:[ \t\r]*\[[ \t\r]*$/
const OPEN_BRACKET = /\[[ \t\r]*$/
/** The line that closes the items starts with `]`; no item (a JSON value) can. */
const ITEMS_CLOSE = /^[ \t\r]*\]/

/**
 * Bytes decoded at a time: whole lines of about this many bytes. Small enough that the decoded text
 * (two bytes a character once one is outside Latin-1) stays below V8's large-object size (128 KiB):
 * such texts are allocated in the young generation and recycled there, while each block of a megabyte
 * took fresh pages of its own from the system, some 23,000 page faults over a 68 MB file (about 4 % of
 * the reader's time).
 */
const BLOCK_BYTES = 1 << 15
const NEWLINE = 0x0a

/**
 * The blocks of UTF-8 `bytes`, each decoded as one text of whole lines of about BLOCK_BYTES. A newline
 * byte never occurs inside a multi-byte character, so cutting after one never splits a character; one
 * streaming decoder drops a byte order mark at the start only, as decoding the whole text would.
 */
function* blocksOf(bytes: Uint8Array): Generator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  for (let at = 0; at < bytes.length;) {
    const newline = bytes.indexOf(NEWLINE, Math.min(at + BLOCK_BYTES, bytes.length - 1))
    const end = newline === -1 ? bytes.length : newline + 1
    yield decoder.decode(bytes.subarray(at, end), { stream: end < bytes.length })
    at = end
  }
}

/** Where a comma ends `line` (before any spaces, tabs or carriage returns), or -1. */
function trailingComma(line: string): number {
  let at = line.length - 1
  while (at >= 0 && (line[at] === ' ' || line[at] === '\t' || line[at] === '\r')) at--
  return line[at] === ',' ? at : -1
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export interface CollectionLines<T> {
  /** The collection without its items: `first.items` is an empty array. */
  shell: Record<string, unknown>
  items: T[]
}

/**
 * The items of `first.items` of the collection in `bytes` (UTF-8, already checked), each read by
 * `readItem` as its line is reached, when the items stand one per line with nothing else on their
 * lines. The generator returns the collection without its items (`first.items` an empty array), or
 * null as soon as the file turns out to have another layout, a line that is not JSON, a line `refused`
 * answers true for, or an item `readItem` answers null for; the items yielded before a null
 * are then not the whole story, and the caller reads the file another way.
 */
export function* collectionLineItems<T>(
  bytes: Uint8Array,
  refused: (text: string) => boolean,
  readItem: (item: unknown) => T | null
): Generator<T, Record<string, unknown> | null, undefined> {
  const head: string[] = []
  const tail: string[] = []
  let count = 0
  let part = 'head' as 'head' | 'items' | 'tail'
  let comma = false
  /** Takes one line; false when the file turns out not to be in the line layout. */
  const take = (line: string, suspect: boolean): T | null | false => {
    if (part === 'head') {
      head.push(line)
      if (ITEMS_OPEN.test(line)) part = 'items'
      return null
    }
    if (part === 'tail') {
      tail.push(line)
      return null
    }
    if (ITEMS_CLOSE.test(line)) {
      if (comma) return false
      tail.push(line.replace(ITEMS_CLOSE, ''))
      part = 'tail'
      return null
    }
    // Items are separated by a comma at the end of a line, and the last has none.
    if ((count > 0 && !comma) || (suspect && refused(line))) return false
    const end = trailingComma(line)
    comma = end >= 0
    let value: unknown
    try {
      value = JSON.parse(comma ? line.slice(0, end) : line)
    } catch {
      return false
    }
    const item = readItem(value)
    if (item === null) return false
    count++
    return item
  }
  // The lines of each block in a plain loop, not a generator of their own: one resumption fewer per item.
  let rest = ''
  for (const block of blocksOf(bytes)) {
    const lines = (rest + block).split('\n')
    rest = lines.pop() as string
    // A block without a refused key has no line with one: one search instead of one per line.
    const suspect = refused(block)
    for (const line of lines) {
      const item = take(line, suspect)
      if (item === false) return null
      if (item !== null) yield item
    }
  }
  const last = take(rest, refused(rest))
  if (last === false) return null
  if (last !== null) yield last
  if (part !== 'tail') return null
  // The shell with a marker no file can foresee where the items were: JSON.parse must put it at
  // first.items, or the lines were not the items of the collection's first page.
  const marker = `\u0000${randomUUID()}`
  const shellText = `${head.join('\n').replace(OPEN_BRACKET, '')}${JSON.stringify(marker)}${tail.join('\n')}`
  if (refused(shellText)) return null
  let shell: unknown
  try {
    shell = JSON.parse(shellText)
  } catch {
    return null
  }
  if (!isObject(shell) || !isObject(shell.first) || shell.first.items !== marker) return null
  return { ...shell, first: { ...shell.first, items: [] } }
}

/** The collection and all its items as collectionLineItems reads them, or null when it cannot. */
export function readCollectionLines<T>(
  bytes: Uint8Array,
  refused: (text: string) => boolean,
  readItem: (item: unknown) => T | null
): CollectionLines<T> | null {
  const items: T[] = []
  const reading = collectionLineItems(bytes, refused, readItem)
  for (let next = reading.next(); ; next = reading.next()) {
    if (next.done) return next.value && { shell: next.value, items }
    items.push(next.value)
  }
}
