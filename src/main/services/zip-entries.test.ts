import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { compressedData, inflateEntry, listZipEntries, ZipDamage } from './zip-entries'

const text = 'Troops massed near the border 🪖 — "about 100,000", officials said.\n'.repeat(50)

describe('zip entries', () => {
  it('lists stored and deflated entries and inflates each to its text', () => {
    const zip = zipSync({ 'a.txt': [strToU8(text), { level: 0 }], 'dir/b.json': [strToU8('{"x":1}'), { level: 9 }] })
    const entries = listZipEntries(zip)
    expect(entries.map(({ name, method }) => [name, method])).toEqual([
      ['a.txt', 0],
      ['dir/b.json', 8]
    ])
    const decoded = entries.map((entry) => new TextDecoder().decode(inflateEntry(entry, compressedData(zip, entry))))
    expect(decoded).toEqual([text, '{"x":1}'])
  })

  it('finds the directory behind an archive comment', () => {
    const zip = zipSync({ 'a.txt': strToU8(text) })
    const comment = strToU8('exported by a peer tool')
    const withComment = new Uint8Array(zip.length + comment.length)
    withComment.set(zip)
    withComment.set(comment, zip.length)
    new DataView(withComment.buffer).setUint16(zip.length - 2, comment.length, true)
    expect(listZipEntries(withComment).map((entry) => entry.name)).toEqual(['a.txt'])
  })

  it('refuses bytes that are not a zip, and an archive cut short', () => {
    expect(() => listZipEntries(strToU8('just some text, long enough to look for a directory'))).toThrow(ZipDamage)
    const zip = zipSync({ 'a.txt': strToU8(text) })
    expect(() => listZipEntries(zip.slice(0, zip.length - 30))).toThrow(ZipDamage)
  })

  it('refuses an entry whose data does not match its checksum', () => {
    const zip = zipSync({ 'a.txt': [strToU8(text), { level: 0 }] })
    const [entry] = listZipEntries(zip)
    const damaged = zip.slice()
    damaged[entry.dataStart + 3] ^= 0x20
    expect(() => inflateEntry(entry, compressedData(damaged, entry))).toThrow('does not inflate to the')
  })
})
