// Hostile and broken archives, each refused with a message naming the problem, leaving the corpus
// byte for byte as it was (expectRefused compares a full dump). Format-level problems (versions,
// schemas, offsets, quotes, tags) are in import-validation.test.ts.
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate'
import { describe, expect, it } from 'vitest'
import { DEFAULT_ZIP_LIMITS, safeUnzip } from '../safe-unzip'
import { expectRefused, fixture } from './refused-import'
import { insertArticle } from '../corpus'
import { exportBundle } from './export-bundle'
import { importBundle } from './import-bundle'
import { editBundle, emptyCorpus, plainDraft, replaceBundleEntry } from './test-corpus'

/** The bundle's files plus `extra`, zipped again. */
function withEntries(extra: Zippable): Uint8Array {
  return zipSync({ ...unzipSync(fixture().bytes), ...extra })
}

/** Overwrites, in a zip's central directory, the uncompressed size declared for every entry. */
function declareSize(zip: Uint8Array, size: number): Uint8Array {
  const bytes = zip.slice()
  const view = new DataView(bytes.buffer)
  for (let at = 0; at + 46 <= bytes.length; at++) {
    if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, size, true)
  }
  return bytes
}

/** Renames every occurrence of one ASCII entry name to another of the same length, headers included. */
function renameEntry(zip: Uint8Array, from: string, to: string): Uint8Array {
  const bytes = zip.slice()
  const needle = strToU8(from)
  for (let at = 0; at + needle.length <= bytes.length; at++) {
    if (needle.every((b, i) => bytes[at + i] === b)) bytes.set(strToU8(to), at)
  }
  return bytes
}

describe('hostile bundles', () => {
  it('refuses an entry with an absolute path', () => {
    expectRefused(withEntries({ '/etc/cron.d/evil': strToU8('x') }), 'the entry "/etc/cron.d/evil" is an absolute path')
  })

  it('refuses an entry that climbs out of its folder (zip-slip)', () => {
    expectRefused(withEntries({ '../../evil.json': strToU8('x') }), 'climbs out of its folder')
  })

  it('refuses the same entry twice', () => {
    const two = zipSync({ ...unzipSync(fixture().bytes), 'manifesT.json': strToU8('{}') })
    expectRefused(renameEntry(two, 'manifesT.json', 'manifest.json'), 'the entry "manifest.json" appears twice')
  })

  it('refuses a truncated archive', () => {
    const { bytes } = fixture()
    expectRefused(bytes.slice(0, Math.floor(bytes.length / 2)), 'is not a zip file')
  })

  it('refuses an entry that declares a giant size, before inflating anything', () => {
    expectRefused(declareSize(fixture().bytes, 1024 * 2 ** 20), 'would unpack to 1024 MiB, more than 256 MiB')
  })

  it('refuses an entry compressed like a zip bomb', () => {
    const bomb = replaceBundleEntry(fixture().bytes, 'articles.json', ' '.repeat(8 * 2 ** 20))
    expectRefused(bomb, 'articles.json is compressed', 'like a zip bomb')
  })

  it('refuses an archive of more entries than a bundle could need', () => {
    const many: Zippable = {}
    for (let i = 0; i <= DEFAULT_ZIP_LIMITS.maxEntries; i++) many[`junk/${i}`] = new Uint8Array(0)
    expectRefused(withEntries(many), `more than ${DEFAULT_ZIP_LIMITS.maxEntries} entries`)
  })

  it('refuses a file that is not UTF-8', () => {
    const { bytes } = fixture()
    const files = unzipSync(bytes)
    files['articles.json'] = new Uint8Array([0x5b, 0xff, 0xfe, 0x5d])
    expectRefused(zipSync(files), 'articles.json is not UTF-8 text')
  })

  it.each(['__proto__', 'constructor', 'prototype'])('refuses a "%s" key anywhere in the JSON', (key) => {
    const bytes = editBundle(fixture().bytes, {
      annotations: (items) => {
        ;(items[0] as Record<string, unknown>)['wb:attributes'] = JSON.parse(`{"${key}": "x"}`) as unknown
      }
    })
    expectRefused(bytes, `annotations.jsonld uses the key "${key}"`)
  })

  it('imports article text that merely mentions such a key', () => {
    const { db, analyst } = emptyCorpus('Ana López')
    insertArticle(
      db,
      plainDraft('In JavaScript, {"__proto__": 1} sets a prototype.'),
      'js.txt',
      '2026-11-20T09:00:00.000Z'
    )
    const bytes = exportBundle(db, analyst).bytes
    expect(importBundle(emptyCorpus().db, 'js.wbundle', bytes)).toMatchObject({ articlesAdded: 1 })
  })
})

describe('safeUnzip limits', () => {
  const small = { maxEntries: 2, maxEntryBytes: 10, maxTotalBytes: 15, maxRatio: 200 }

  it('counts every entry, wanted or not', () => {
    const zip = zipSync({ a: strToU8('1'), b: strToU8('2'), c: strToU8('3') })
    expect(safeUnzip(zip, (name) => name === 'a', small)).toEqual({ problem: 'it holds more than 2 entries' })
  })

  it('limits the total unpacked size of the entries it reads', () => {
    const zip = zipSync({ a: strToU8('123456789'), b: strToU8('123456789') })
    expect(safeUnzip(zip, () => true, small)).toEqual({ problem: 'its files would unpack to more than 15 bytes' })
  })

  it('refuses an entry that inflates past the size it declares, without inflating past it', () => {
    const zip = declareSize(zipSync({ a: strToU8('x'.repeat(1000)) }), 10)
    expect(safeUnzip(zip, () => true, { ...small, maxEntryBytes: 100, maxTotalBytes: 100 })).toEqual({
      problem: 'it is damaged: a does not inflate to the 10 bytes it declares'
    })
  })
})
