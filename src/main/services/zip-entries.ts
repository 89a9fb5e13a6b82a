// The entries of a zip archive as its central directory lists them, and the data of one entry
// inflated by Node's zlib. fflate's unzipSync inflates in JavaScript, three times slower than zlib,
// and never hands out an entry's compressed bytes, which a bundle import passes to a worker thread to
// inflate there (see bundles/annotation-reader.ts). Only what bundles and other tools' exports use is
// read: stored and deflated entries, no encryption, no ZIP64, no archives split over disks.
import { crc32, inflateRawSync } from 'node:zlib'

export interface ZipEntry {
  name: string
  /** 0 stored, 8 deflated. */
  method: number
  compressedSize: number
  /** The uncompressed size the archive declares. */
  size: number
  crc: number
  /** Where the entry's compressed data starts in the archive (checked to lie inside it). */
  dataStart: number
}

const END_OF_DIRECTORY = 0x06054b50
const DIRECTORY_ENTRY = 0x02014b50
const LOCAL_HEADER = 0x04034b50
const END_RECORD_BYTES = 22
const MAX_COMMENT_BYTES = 0xffff

/** Thrown while reading a damaged archive; safeUnzip turns it into its message. */
export class ZipDamage extends Error {}

function endOfDirectory(view: DataView): number {
  const last = view.byteLength - END_RECORD_BYTES
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT_BYTES; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at
  }
  throw new ZipDamage('no end of central directory')
}

const utf8 = new TextDecoder('utf-8')
const latin1 = new TextDecoder('latin1')

/**
 * Every entry the central directory of `bytes` lists, in its order; throws ZipDamage when the bytes
 * are not a zip this reader can read, or are cut short. Nothing is inflated.
 */
export function listZipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (bytes.length < END_RECORD_BYTES) throw new ZipDamage('too short')
  const end = endOfDirectory(view)
  const count = view.getUint16(end + 10, true)
  const directorySize = view.getUint32(end + 12, true)
  const directoryStart = view.getUint32(end + 16, true)
  if (count === 0xffff || directoryStart === 0xffffffff) throw new ZipDamage('ZIP64')
  if (directoryStart + directorySize > end) throw new ZipDamage('directory outside the archive')
  const entries: ZipEntry[] = []
  let at = directoryStart
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== DIRECTORY_ENTRY) throw new ZipDamage('bad directory entry')
    const flags = view.getUint16(at + 8, true)
    const nameLength = view.getUint16(at + 28, true)
    const skipped = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
    if (flags & 1) throw new ZipDamage('encrypted')
    const rawName = bytes.subarray(at + 46, at + 46 + nameLength)
    const entry = {
      name: (flags & 0x800 ? utf8 : latin1).decode(rawName),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      dataStart: localDataStart(view, view.getUint32(at + 42, true))
    }
    if (entry.dataStart + entry.compressedSize > bytes.length) throw new ZipDamage('entry cut short')
    entries.push(entry)
    at += 46 + skipped
  }
  return entries
}

function localDataStart(view: DataView, header: number): number {
  if (header + 30 > view.byteLength || view.getUint32(header, true) !== LOCAL_HEADER) {
    throw new ZipDamage('bad local header')
  }
  return header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true)
}

/** The compressed bytes of `entry` in `bytes` (a view, not a copy). */
export function compressedData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  return bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize)
}

/**
 * The data of an entry from its compressed bytes: inflated by zlib into at most the size the
 * archive declares, then checked to be exactly that size with the declared CRC-32. Throws ZipDamage
 * otherwise, so an entry that lies about its size cannot grow past it.
 */
export function inflateEntry(entry: Omit<ZipEntry, 'dataStart'>, data: Uint8Array): Uint8Array {
  let out: Uint8Array
  if (entry.method === 0) out = data
  else if (entry.method === 8) {
    try {
      // One output chunk of the declared size: zlib then writes the data once, with no chunks to join.
      const size = Math.max(64, entry.size)
      out = inflateRawSync(data, { maxOutputLength: size, chunkSize: size })
    } catch {
      throw new ZipDamage(`${entry.name} does not inflate to the ${entry.size} bytes it declares`)
    }
  } else throw new ZipDamage(`${entry.name} uses compression method ${entry.method}`)
  if (out.length !== entry.size || crc32(out) !== entry.crc) {
    throw new ZipDamage(`${entry.name} does not inflate to the ${entry.size} bytes it declares`)
  }
  return out
}
