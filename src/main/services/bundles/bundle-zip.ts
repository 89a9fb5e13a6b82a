import { isUtf8 } from 'node:buffer'
import { constants, crc32, deflateRawSync } from 'node:zlib'
import { strToU8, Zip, ZipPassThrough } from 'fflate'
import { checkZipEntries, damagedEntry, DEFAULT_ZIP_LIMITS, NOT_A_ZIP } from '../safe-unzip'
import { compressedData, inflateEntry, type ZipEntry } from '../zip-entries'
import { BUNDLE_FILES } from './bundle-schema'
import { bundleError } from './bundle-error'
import { measured, type PhaseClock } from './phase-clock'

/**
 * Largest file inside a bundle that we unpack. A bundle's text is held as one JavaScript string, and
 * V8 caps strings near 512 MiB; 256 MiB is thousands of times a large corpus yet refuses a zip bomb
 * before it is inflated.
 */
const MAX_ENTRY_BYTES = 256 * 1024 * 1024

/**
 * A list of records as JSON text, one record per line: readable in a diff, a third the size of
 * indented JSON. Written piece by piece from any iterable, so a long list is never held as one string.
 */
export function* recordLines(records: Iterable<unknown>, indent = ''): Generator<string> {
  let first = true
  for (const record of records) {
    yield `${first ? '[\n' : ',\n'}${indent}  ${JSON.stringify(record)}`
    first = false
  }
  yield first ? '[]' : `\n${indent}]`
}

/** The JSON text of a small value: two-space indented, keys in construction order. */
export function* indentedJson(value: unknown): Generator<string> {
  yield JSON.stringify(value, null, 2)
}

/**
 * An AnnotationCollection whose first page's items come from `items`: the collection indented, the
 * items one per line.
 */
export function* collectionJson(shell: { first: object }, items: Iterable<unknown>): Generator<string> {
  const placeholder = '\u0000items'
  const text = JSON.stringify({ ...shell, first: { ...shell.first, items: placeholder } }, null, 2)
  const [head, tail] = text.split(JSON.stringify(placeholder))
  yield head
  yield* recordLines(items, '    ')
  yield tail
}

/** Deflate input is handed over in pieces of about this many characters. */
const PIECE = 1 << 20

/**
 * A zip entry deflated by Node's zlib, three times faster than fflate's own deflate, which was half
 * of an export's time. fflate's Zip still writes the archive (it invites subclasses of ZipPassThrough
 * to bring their own compression). Each piece is deflated on its own and ended with a sync flush
 * (an empty stored block, not final); the last piece ends the stream. The pieces' deflate blocks,
 * one after another, are one valid deflate stream: a piece's back-references only lose the previous
 * piece as a dictionary, which costs little at a megabyte a piece.
 */
class NativeDeflateEntry extends ZipPassThrough {
  private runningCrc = 0

  constructor(name: string) {
    super(name)
    this.compression = 8
  }

  /** As ZipPassThrough's push, with zlib's CRC-32 (native) in place of fflate's. */
  override push(chunk: Uint8Array, final = false): void {
    this.runningCrc = crc32(chunk, this.runningCrc)
    this.size += chunk.length
    if (final) this.crc = this.runningCrc
    this.process(chunk, final)
  }

  protected override process(chunk: Uint8Array, final: boolean): void {
    const flush = final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH
    this.ondata(null, deflateRawSync(chunk, { level: 6, finishFlush: flush }), final)
  }
}

/**
 * A zip of the given files (name → the pieces of its text, in order; a final newline is added),
 * deflated piece by piece (NativeDeflateEntry) so that no file's whole text need exist at once. Every entry is
 * stamped with `mtime`, so the same content exported at the same instant gives the same bytes.
 */
export function writeBundleZip(files: Record<string, Iterable<string>>, mtime: Date, clock?: PhaseClock): Uint8Array {
  const chunks: Uint8Array[] = []
  const zip = new Zip((error, data) => {
    if (error) throw error
    chunks.push(data)
  })
  const deflate = (entry: ZipPassThrough, text: string, final: boolean) => {
    const bytes = measured(clock, 'encode UTF-8', () => strToU8(text))
    measured(clock, 'deflate', () => entry.push(bytes, final))
  }
  for (const [name, pieces] of Object.entries(files)) {
    const entry = new NativeDeflateEntry(name)
    entry.mtime = mtime
    zip.add(entry)
    let pending = ''
    for (const piece of pieces) {
      pending += piece
      if (pending.length >= PIECE) {
        deflate(entry, pending, false)
        pending = ''
      }
    }
    deflate(entry, `${pending}\n`, true)
  }
  zip.end()
  const bytes = new Uint8Array(chunks.reduce((n, chunk) => n + chunk.length, 0))
  let at = 0
  for (const chunk of chunks) {
    bytes.set(chunk, at)
    at += chunk.length
  }
  return bytes
}

/** A bundle's zip, checked but not yet inflated: the entries of the bundle files it holds. */
export interface BundleZip {
  entries: Map<string, ZipEntry>
  /** The bytes of an entry, inflated and checked to be UTF-8 text, or a UserError naming the problem. */
  read(entry: ZipEntry): Uint8Array
}

/**
 * The bundle files present in the zip (others are ignored), or a UserError naming `fileName` when
 * the bytes are not a zip or the archive is unsafe (zip-slip names, duplicate entries, a zip bomb;
 * see safe-unzip.ts), judged from the central directory before anything is inflated.
 */
export function openBundleZip(fileName: string, bytes: Uint8Array): BundleZip {
  const refused = (problem: string) =>
    bundleError(fileName, problem === NOT_A_ZIP ? 'is not a bundle: it is not a zip file' : `is refused: ${problem}`)
  const checked = checkZipEntries(bytes, (name) => BUNDLE_FILES.includes(name), {
    ...DEFAULT_ZIP_LIMITS,
    maxEntryBytes: MAX_ENTRY_BYTES
  })
  if ('problem' in checked) throw refused(checked.problem)
  return {
    entries: new Map(checked.entries.map((entry) => [entry.name, entry])),
    read(entry) {
      let data: Uint8Array
      try {
        data = inflateEntry(entry, compressedData(bytes, entry))
      } catch (error) {
        throw refused(damagedEntry(error).problem)
      }
      if (!isUtf8(data)) throw bundleError(fileName, `${entry.name} is not UTF-8 text`)
      return data
    }
  }
}

/**
 * The bytes of each bundle file present in the zip, each checked to be UTF-8 text, or a UserError
 * naming `fileName` and the problem (openBundleZip). The files stay bytes, a third the size of the
 * text in memory, until each is read.
 */
export function readBundleZip(fileName: string, bytes: Uint8Array): Map<string, Uint8Array> {
  const zip = openBundleZip(fileName, bytes)
  return new Map([...zip.entries.values()].map((entry) => [entry.name, zip.read(entry)]))
}

/** The text of a bundle file that readBundleZip checked to be UTF-8 (a byte order mark is dropped). */
export function bundleText(data: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(data)
}
