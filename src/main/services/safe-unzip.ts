// Reads the entries of a zip that came from someone else, refusing hostile archives before anything
// is inflated: sizes are read from the central directory, and each entry is inflated into at most its
// declared size and checked against it (zip-entries.ts), so an entry that lies cannot grow past it.
import { compressedData, inflateEntry, listZipEntries, ZipDamage, type ZipEntry } from './zip-entries'

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
export const NOT_A_ZIP = 'it is not a zip file, or it is truncated'

/** Why an entry name could write outside the folder it is unpacked into, or null when it is safe. */
export function unsafeEntryName(name: string): string | null {
  if (name.includes('\0')) return 'contains a NUL character'
  if (/^([/\\]|[a-zA-Z]:)/.test(name)) return 'is an absolute path'
  if (name.split(/[/\\]/).includes('..')) return 'climbs out of its folder with ".."'
  return null
}

const mib = (bytes: number) => (bytes < 2 ** 20 ? `${bytes} bytes` : `${Math.round((bytes / 2 ** 20) * 10) / 10} MiB`)

/**
 * The entries that `wanted` accepts, listed but not inflated, or `{ problem }` saying what makes the
 * archive unsafe or unreadable. Every entry's name is checked, wanted or not; sizes are judged as
 * the central directory declares them, before anything is inflated.
 */
export function checkZipEntries(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS
): { entries: ZipEntry[] } | { problem: string } {
  let listed: ZipEntry[]
  try {
    listed = listZipEntries(bytes)
  } catch {
    return { problem: NOT_A_ZIP }
  }
  const seen = new Set<string>()
  const entries: ZipEntry[] = []
  let total = 0
  for (const file of listed) {
    const unsafe = unsafeEntryName(file.name)
    if (unsafe) return { problem: `the entry "${file.name}" ${unsafe}` }
    if (seen.has(file.name)) return { problem: `the entry "${file.name}" appears twice` }
    if (seen.size + 1 > limits.maxEntries) return { problem: `it holds more than ${limits.maxEntries} entries` }
    seen.add(file.name)
    if (!wanted(file.name)) continue
    total += file.size
    if (file.size > limits.maxEntryBytes) {
      return { problem: `${file.name} would unpack to ${mib(file.size)}, more than ${mib(limits.maxEntryBytes)}` }
    }
    if (total > limits.maxTotalBytes)
      return { problem: `its files would unpack to more than ${mib(limits.maxTotalBytes)}` }
    if (file.size > RATIO_FLOOR_BYTES && file.size > file.compressedSize * limits.maxRatio) {
      const ratio = Math.round(file.size / Math.max(1, file.compressedSize))
      return { problem: `${file.name} is compressed ${ratio} times, like a zip bomb` }
    }
    entries.push(file)
  }
  return { entries }
}

/** The problem of a damaged entry met while inflating, as safeUnzip states it. */
export function damagedEntry(error: unknown): { problem: string } {
  if (error instanceof ZipDamage) return { problem: `it is damaged: ${error.message}` }
  throw error
}

/**
 * The bytes of the entries that `wanted` accepts, by name, or `{ problem }` saying what makes the
 * archive unsafe or unreadable (checkZipEntries), or that an entry is damaged.
 */
export function safeUnzip(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS
): { entries: Map<string, Uint8Array> } | { problem: string } {
  const checked = checkZipEntries(bytes, wanted, limits)
  if ('problem' in checked) return checked
  try {
    return {
      entries: new Map(checked.entries.map((entry) => [entry.name, inflateEntry(entry, compressedData(bytes, entry))]))
    }
  } catch (error) {
    return damagedEntry(error)
  }
}
