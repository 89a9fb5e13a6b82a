import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { writeBundleZip } from './bundle-zip'

describe('writeBundleZip', () => {
  it('deflates a file of many pieces into one entry that unzips whole, the same bytes every time', () => {
    // About five megabytes of varied lines: several deflate pieces, each ended by a sync flush. Had
    // a piece ended the stream, inflating would stop there and the text would come back short.
    const lines = Array.from({ length: 60_000 }, (_, n) => `{"n": ${n}, "note": "😀 𝔘 ${'ab'.repeat(n % 37)}"},`)
    const files = () => ({ 'big.json': lines, 'small.json': ['[]'] })
    const mtime = new Date('2026-11-23T10:36:00.000Z')
    const bytes = writeBundleZip(files(), mtime)
    const entries = unzipSync(bytes)
    expect(strFromU8(entries['big.json'])).toBe(`${lines.join('')}\n`)
    expect(strFromU8(entries['small.json'])).toBe('[]\n')
    expect(writeBundleZip(files(), mtime)).toEqual(bytes)
  })
})
