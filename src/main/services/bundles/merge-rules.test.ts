import { describe, expect, it } from 'vitest'
import { UserError } from '../../../shared/errors'
import type { Annotation } from '../../../shared/model'
import { findTombstone, lineageOf } from '../annotation-versions'
import { deleteAnnotation, findAnnotation, insertAnnotation } from '../annotations'
import { keptBothId } from './apply-merge'
import { exportBundle } from './export-bundle'
import { importBundle, previewBundleImport } from './import-bundle'
import { dumpCorpus, editBundle, emptyCorpus, readBundleJson, sampleCorpus } from './test-corpus'
import { editAnnotation } from './team-workspace'

const NOW = new Date('2026-11-23T10:36:00.000Z')
const FILE = 'theirs.wbundle'

/** Corpus A ("theirs") with its sample annotations, and corpus B ("mine") holding a copy of A's bundle. */
function sharedCorpora() {
  const a = sampleCorpus()
  const b = emptyCorpus()
  importBundle(b.db, 'start.wbundle', exportBundle(a.db, a.analyst, undefined, NOW).bytes)
  const id = a.annotations[0].id
  return {
    a,
    b,
    id,
    inA: () => findAnnotation(a.db, id) as Annotation,
    inB: () => findAnnotation(b.db, id) as Annotation,
    theirs: () => exportBundle(a.db, a.analyst, undefined, NOW).bytes
  }
}

/** Both edit the first annotation after their common version; theirs (A's) is the later edit. */
function conflictingCorpora() {
  const corpora = sharedCorpora()
  editAnnotation(corpora.b.db, corpora.inB(), { note: 'mine' }, '2026-11-24T08:00:00.000Z')
  editAnnotation(corpora.a.db, corpora.inA(), { note: 'theirs' }, '2026-11-24T09:00:00.000Z')
  return corpora
}

describe('merging a bundle', () => {
  it('takes a version that descends from ours and keeps ours in the history', () => {
    const { a, b, id, inA, inB, theirs } = sharedCorpora()
    const before = inB()
    editAnnotation(a.db, inA(), { note: 'Named: the defence minister.' }, '2026-11-24T08:00:00.000Z')
    const report = importBundle(b.db, FILE, theirs())
    expect(report).toMatchObject({ annotationsChanged: 1, annotationsUnchanged: 3, conflicts: [] })
    expect(inB()).toMatchObject({ note: 'Named: the defence minister.', creator: before.creator })
    expect(lineageOf(b.db, id)).toEqual([before.modified])
  })

  it('carries a deletion to a corpus that has the deleted version, and lists it in the preview', () => {
    const { a, b, id, theirs } = sharedCorpora()
    deleteAnnotation(a.db, id, new Date('2026-11-24T08:00:00.000Z'))
    const bytes = theirs()
    expect(readBundleJson(bytes, 'tombstones.json')).toMatchObject([{ id: `urn:uuid:${id}` }])
    expect(previewBundleImport(b.db, FILE, bytes).deleted.map((item) => item.id)).toEqual([id])
    expect(importBundle(b.db, FILE, bytes)).toMatchObject({ annotationsDeleted: 1 })
    expect(findAnnotation(b.db, id)).toBeNull()
    expect(findTombstone(b.db, id)).toMatchObject({ deleted: '2026-11-24T08:00:00.000Z', deletedBy: a.analyst.id })
  })

  it('does not bring back an annotation deleted here when an older copy of it arrives', () => {
    const { b, id, theirs } = sharedCorpora()
    const bytes = theirs()
    deleteAnnotation(b.db, id)
    expect(importBundle(b.db, FILE, bytes)).toMatchObject({ annotationsAdded: 0, annotationsUnchanged: 4 })
    expect(findAnnotation(b.db, id)).toBeNull()
  })

  it('forgets the tombstone when a deleted annotation is inserted again (undo)', () => {
    const { b, id, inB } = sharedCorpora()
    const annotation = inB()
    deleteAnnotation(b.db, id)
    insertAnnotation(b.db, annotation)
    expect(findTombstone(b.db, id)).toBeNull()
    expect(lineageOf(b.db, id)).toEqual([])
  })

  it('previews a conflict with both sides and the later one suggested, and writes nothing', () => {
    const { b, id, theirs } = conflictingCorpora()
    const before = dumpCorpus(b.db)
    const preview = previewBundleImport(b.db, FILE, theirs())
    expect(preview.conflicts).toMatchObject([
      {
        id,
        mine: { state: 'annotation', note: 'mine' },
        theirs: { state: 'annotation', note: 'theirs' },
        suggested: 'theirs',
        canKeepBoth: true
      }
    ])
    expect(dumpCorpus(b.db)).toEqual(before)
  })

  it('leaves an unresolved conflict as it is, and raises it again next time', () => {
    const { b, inB, theirs } = conflictingCorpora()
    expect(importBundle(b.db, FILE, theirs()).annotationsConflicting).toBe(1)
    expect(inB().note).toBe('mine')
    expect(previewBundleImport(b.db, FILE, theirs()).conflicts).toHaveLength(1)
  })

  it('keeps mine when chosen, and does not raise the same conflict again', () => {
    const { b, id, inB, theirs } = conflictingCorpora()
    expect(importBundle(b.db, FILE, theirs(), { [id]: 'mine' })).toMatchObject({ conflictsResolved: 1 })
    expect(inB().note).toBe('mine')
    expect(previewBundleImport(b.db, FILE, theirs()).conflicts).toEqual([])
  })

  it('takes theirs when chosen, keeping mine in the history', () => {
    const { b, id, inB, theirs } = conflictingCorpora()
    importBundle(b.db, FILE, theirs(), { [id]: 'theirs' })
    expect(inB().note).toBe('theirs')
    expect(lineageOf(b.db, id)).toContain('2026-11-24T08:00:00.000Z')
  })

  it('keeps both when chosen: theirs under a new id that every corpus would give it, with its creator', () => {
    const { a, b, id, inA, inB, theirs } = conflictingCorpora()
    importBundle(b.db, FILE, theirs(), { [id]: 'both' })
    expect(inB().note).toBe('mine')
    const copy = findAnnotation(b.db, keptBothId(id, inA()))
    expect(copy).toMatchObject({ note: 'theirs', creator: inA().creator, start: inA().start })
    expect(copy?.creator.id).toBe(a.analyst.id)
  })

  it('raises an edit here against a deletion there, where both cannot be kept', () => {
    const { a, b, id, inB, theirs } = sharedCorpora()
    editAnnotation(b.db, inB(), { note: 'mine' }, '2026-11-24T08:00:00.000Z')
    deleteAnnotation(a.db, id, new Date('2026-11-24T09:00:00.000Z'))
    const bytes = theirs()
    expect(previewBundleImport(b.db, FILE, bytes).conflicts).toMatchObject([
      { id, theirs: { state: 'deleted' }, canKeepBoth: false, suggested: 'theirs' }
    ])
    const before = dumpCorpus(b.db)
    expect(() => importBundle(b.db, FILE, bytes, { [id]: 'both' })).toThrow(UserError)
    expect(dumpCorpus(b.db)).toEqual(before)
    importBundle(b.db, FILE, bytes, { [id]: 'theirs' })
    expect(findAnnotation(b.db, id)).toBeNull()
  })

  it('refuses a choice for an annotation that is not in conflict, changing nothing', () => {
    const { b, id, theirs } = sharedCorpora()
    const before = dumpCorpus(b.db)
    expect(() => importBundle(b.db, FILE, theirs(), { [id]: 'theirs' })).toThrow(/not in conflict/)
    expect(dumpCorpus(b.db)).toEqual(before)
  })

  it('still reads a version-1 bundle, which has no tombstones', () => {
    const { a } = sharedCorpora()
    const v1 = editBundle(exportBundle(a.db, a.analyst, undefined, NOW).bytes, {
      manifest: (manifest) => {
        manifest.version = 1
        delete manifest.tombstones
      }
    })
    expect(importBundle(emptyCorpus().db, FILE, v1)).toMatchObject({ annotationsAdded: 4, articlesAdded: 2 })
  })
})

describe('keeping both', () => {
  it('does not fail when the bundle also carries the copy that keeping both creates', () => {
    const { a, b, id, inA, inB, theirs } = conflictingCorpora()
    // A third corpus already kept both and sent its copy along: A's bundle now holds the copy as well.
    const copy = { ...inA(), id: keptBothId(id, inA()) }
    insertAnnotation(a.db, copy)
    importBundle(b.db, FILE, theirs(), { [id]: 'both' })
    expect(inB().note).toBe('mine')
    expect(findAnnotation(b.db, copy.id)?.note).toBe('theirs')
  })
})
