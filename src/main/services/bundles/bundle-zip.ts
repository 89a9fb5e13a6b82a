import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate'
import { BUNDLE_FILES } from './bundle-schema'
import { bundleError } from './bundle-error'

/**
 * Largest file inside a bundle that we unpack. A bundle's text is held as one JavaScript string, and
 * V8 caps strings near 512 MiB; 256 MiB is thousands of times a large corpus yet refuses a zip bomb
 * before it is inflated.
 */
const MAX_ENTRY_BYTES = 256 * 1024 * 1024

/** The JSON text of a value: two-space indented, with a final newline, keys in construction order. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}

/**
 * A zip of the given files (name → value, written as JSON in the given order). Every entry is stamped
 * with `mtime`, so the same content exported at the same instant gives the same bytes.
 */
export function writeBundleZip(files: Record<string, unknown>, mtime: Date): Uint8Array {
  const entries: Zippable = {}
  for (const [name, value] of Object.entries(files)) entries[name] = strToU8(jsonText(value))
  return zipSync(entries, { level: 6, mtime })
}

/**
 * The text of each bundle file present in the zip (others are ignored), or a UserError naming
 * `fileName` when the bytes are not a zip, an entry is too large or is not UTF-8.
 */
export function readBundleZip(fileName: string, bytes: Uint8Array): Map<string, string> {
  let tooLarge: string | null = null
  let entries: Record<string, Uint8Array>
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        if (!BUNDLE_FILES.includes(file.name)) return false
        if (file.originalSize > MAX_ENTRY_BYTES) tooLarge = file.name
        return tooLarge === null
      }
    })
  } catch {
    throw bundleError(fileName, 'is not a bundle: it is not a zip file')
  }
  if (tooLarge !== null) throw bundleError(fileName, `${tooLarge} is larger than ${MAX_ENTRY_BYTES / 2 ** 20} MiB`)
  const decoder = new TextDecoder('utf-8', { fatal: true })
  const texts = new Map<string, string>()
  for (const [name, data] of Object.entries(entries)) {
    try {
      texts.set(name, decoder.decode(data))
    } catch {
      throw bundleError(fileName, `${name} is not UTF-8 text`)
    }
  }
  return texts
}
