// Reads the entries of a zip that came from someone else, refusing hostile archives before anything
// is inflated: sizes are read from the central directory, and fflate inflates each entry into a
// buffer of exactly its declared size, so an entry that lies about its size cannot grow past it.
import { unzipSync } from 'fflate'

export interface ZipLimits {
  /** Most entries an archive may hold. */
  maxEntries: number
  /** Largest declared uncompressed size of one entry read. */
  maxEntryBytes: number
  /** Largest declared uncompressed size of all entries read together. */
  maxTotalBytes: number
  /** Highest uncompressed/compressed ratio of an entry read that is larger than RATIO_FLOOR_BYTES. */
  maxRatio: number
}

/**
 * Text and JSON compress 3–20×, very repetitive JSON (thousands of similar annotations) a few dozen
 * times; deflate cannot exceed about 1032×, which is what a bomb's entries reach. 200× keeps a wide
 * margin on both sides. Ratios are only judged past 1 MiB, where small files' overheads fade.
 */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxEntryBytes: 256 * 2 ** 20,
  maxTotalBytes: 512 * 2 ** 20,
  maxRatio: 200
}
const RATIO_FLOOR_BYTES = 2 ** 20

/** Why an entry name could write outside the folder it is unpacked into, or null when it is safe. */
export function unsafeEntryName(name: string): string | null {
  if (name.includes('\0')) return 'contains a NUL character'
  if (/^([/\\]|[a-zA-Z]:)/.test(name)) return 'is an absolute path'
  if (name.split(/[/\\]/).includes('..')) return 'climbs out of its folder with ".."'
  return null
}

const mib = (bytes: number) => (bytes < 2 ** 20 ? `${bytes} bytes` : `${Math.round((bytes / 2 ** 20) * 10) / 10} MiB`)

/**
 * The bytes of the entries that `wanted` accepts, by name, or `{ problem }` saying what makes the
 * archive unsafe or unreadable. Every entry's name is checked, wanted or not.
 */
export function safeUnzip(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS
): { entries: Map<string, Uint8Array> } | { problem: string } {
  let problem: string | null = null
  const seen = new Set<string>()
  let total = 0
  let raw: Record<string, Uint8Array>
  try {
    raw = unzipSync(bytes, {
      filter: (file) => {
        if (problem !== null) return false
        const unsafe = unsafeEntryName(file.name)
        if (unsafe) problem = `the entry "${file.name}" ${unsafe}`
        else if (seen.has(file.name)) problem = `the entry "${file.name}" appears twice`
        else if (seen.size + 1 > limits.maxEntries) problem = `it holds more than ${limits.maxEntries} entries`
        seen.add(file.name)
        if (problem !== null || !wanted(file.name)) return false
        total += file.originalSize
        if (file.originalSize > limits.maxEntryBytes) {
          problem = `${file.name} would unpack to ${mib(file.originalSize)}, more than ${mib(limits.maxEntryBytes)}`
        } else if (total > limits.maxTotalBytes) {
          problem = `its files would unpack to more than ${mib(limits.maxTotalBytes)}`
        } else if (file.originalSize > RATIO_FLOOR_BYTES && file.originalSize > file.size * limits.maxRatio) {
          problem = `${file.name} is compressed ${Math.round(file.originalSize / Math.max(1, file.size))} times, like a zip bomb`
        }
        return problem === null
      }
    })
  } catch {
    return { problem: 'it is not a zip file, or it is truncated' }
  }
  if (problem !== null) return { problem }
  return { entries: new Map(Object.entries(raw)) }
}
