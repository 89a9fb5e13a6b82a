import { describe, expect, it } from 'vitest'
import { openDatabase } from '../db/connection'
import { createAnnotation, deleteAnnotation } from './annotations'
import { KnownIds, knownAnnotationIds } from './annotation-versions'
import { insertArticle } from './corpus'
import { setProfile } from './profile'
import { plainDraft } from './test-drafts'

describe('knownAnnotationIds', () => {
  it('finds the ids the corpus holds as annotations or as deletions, among more than a thousand', () => {
    const db = openDatabase(':memory:')
    const analyst = setProfile(db, 'Ada')
    const articleId = insertArticle(db, plainDraft('alpha beta gamma'), 'a.txt', '2026-01-01T00:00:00.000Z')
    const kept = createAnnotation(db, analyst, { articleId, tag: 'claim', start: 0, end: 5 })
    const deleted = createAnnotation(db, analyst, { articleId, tag: 'quote', start: 6, end: 10 })
    deleteAnnotation(db, deleted.id)
    const unknown = Array.from({ length: 2500 }, (_, n) => `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`)
    const ids = [...unknown.slice(0, 1200), deleted.id, ...unknown.slice(1200), kept.id]
    expect(knownAnnotationIds(db, ids)).toEqual(new Set([deleted.id, kept.id]))
    expect(knownAnnotationIds(db, [])).toEqual(new Set())
    // Read all at once, or looked up batch by batch past the limit: the same answer.
    for (const limit of [10, 1]) expect(new KnownIds(db, limit).of(ids)).toEqual(new Set([deleted.id, kept.id]))
  })
})
