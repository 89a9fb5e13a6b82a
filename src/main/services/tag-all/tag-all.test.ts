import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../db/connection'
import { UserError } from '../../../shared/errors'
import { createAnnotations, redoStep, undoStep } from '../editing'
import { listAnnotations } from '../annotations'
import { insertArticle } from '../corpus'
import { setProfile } from '../profile'
import { createTag } from '../tags'
import { plainDraft } from '../test-drafts'
import { expectIndexSound } from '../test-search-index'
import { applyTagAll, previewTagAll, PREVIEW_LIMIT } from './tag-all'

function corpus(...texts: string[]) {
  const db = openDatabase(':memory:')
  const analyst = setProfile(db, 'Ada')
  createTag(db, { name: 'person', label: 'Person', color: '#aa00aa', key: '4' })
  const ids = texts.map((text, i) =>
    insertArticle(db, plainDraft(text, `Article ${i + 1}`), `${i}.txt`, '2026-01-01T00:00:00.000Z')
  )
  return { db, analyst, ids }
}

describe('tag all matches', () => {
  it('previews the count and each match in context, writing nothing', () => {
    const { db, ids } = corpus('Mark met 🎉 Mark at the benchmarking lab.', 'No one here.', 'Mark left.')
    const preview = previewTagAll(db, { tag: 'person', phrase: 'Mark', scope: 'corpus' })
    expect(preview.count).toBe(3)
    expect(preview.articles).toBe(2)
    expect(preview.matches[1]).toMatchObject({
      articleId: ids[0],
      title: 'Article 1',
      quote: { exact: 'Mark', prefix: 'Mark met 🎉 ', suffix: ' at the benchmarking lab.' },
      rule: 'phrase:"Mark"'
    })
    expect(ids.flatMap((id) => listAnnotations(db, id))).toEqual([])
  })

  it('limits the scope to one article or the chosen articles', () => {
    const { db, ids } = corpus('Mark one.', 'Mark two.', 'Mark three.')
    expect(previewTagAll(db, { tag: 'person', phrase: 'mark', scope: 'article', articleIds: [ids[1]] }).count).toBe(1)
    expect(
      previewTagAll(db, { tag: 'person', phrase: 'mark', scope: 'articles', articleIds: [ids[0], ids[2]] }).count
    ).toBe(2)
  })

  it('applies every match as one undo step, with the rule and the analyst in the provenance', () => {
    const { db, analyst, ids } = corpus('Mark and Mark.', 'Mark again.')
    const result = applyTagAll(db, analyst, { tag: 'person', phrase: 'Mark', scope: 'corpus' })!
    expect(result.label).toBe('Tag all matches of "Mark" as person')
    expect(result.changes).toHaveLength(3)
    const [first] = listAnnotations(db, ids[0])
    expect(first.provenance).toMatchObject({ rule: 'phrase:"Mark"', acceptedBy: analyst })
    undoStep(db, analyst)
    expect(ids.flatMap((id) => listAnnotations(db, id))).toEqual([])
  })

  it('writes many matches in bulk, searchable at once and undone and redone as one step', () => {
    const { db, analyst, ids } = corpus('Mark 🎉 '.repeat(120), 'Mark.')
    const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 12, minute))
    const result = applyTagAll(db, analyst, { tag: 'person', phrase: 'Mark', scope: 'corpus' }, at(0))!
    expect(result.changes).toHaveLength(121)
    const written = listAnnotations(db, ids[0])
    expect(written.map((a) => a.start)).toEqual(Array.from({ length: 120 }, (_, n) => n * 8))
    expect(written[119].quote).toEqual({ exact: 'Mark', prefix: 'Mark 🎉 '.repeat(5).slice(-32), suffix: ' 🎉 ' })
    expect(result.statuses).toEqual({ [ids[0]]: 'in_progress', [ids[1]]: 'in_progress' })
    const indexed = () =>
      db.prepare(`SELECT count(*) FROM annotation_fts WHERE annotation_fts MATCH 'mark'`).pluck().get()
    expect(indexed()).toBe(121)
    expectIndexSound(db, 'annotation_fts')
    const tombstones = () => db.prepare('SELECT count(*) FROM annotation_tombstone').pluck().get()
    const history = () => db.prepare('SELECT count(*) FROM annotation_history').pluck().get()
    undoStep(db, analyst, at(1))
    expect(ids.flatMap((id) => listAnnotations(db, id))).toEqual([])
    expect(indexed()).toBe(0)
    // Each deletion travels in bundles, and the deleted version stays in the history.
    expect([tombstones(), history()]).toEqual([121, 121])
    redoStep(db, analyst, at(2))
    const redone = ids.flatMap((id) => listAnnotations(db, id))
    expect(redone.map((a) => a.id)).toEqual(result.changes.map((c) => c.after!.id))
    expect(redone[0].provenance).toMatchObject({ rule: 'phrase:"Mark"' })
    expect(redone[0].modified).toBe(at(2).toISOString())
    expect(indexed()).toBe(121)
    // No longer deleted; the versions undo deleted stay in the history, the redone ones are stamped anew.
    expect([tombstones(), history()]).toEqual([0, 121])
  })

  it('skips spans that already carry the tag', () => {
    const { db, analyst, ids } = corpus('Mark and Mark.')
    createAnnotations(db, analyst, [{ articleId: ids[0], tag: 'person', start: 0, end: 4 }])
    const preview = previewTagAll(db, { tag: 'person', phrase: 'Mark', scope: 'corpus' })
    expect([preview.count, preview.alreadyTagged]).toEqual([1, 1])
    applyTagAll(db, analyst, { tag: 'person', phrase: 'Mark', scope: 'corpus' })
    expect(listAnnotations(db, ids[0]).map((a) => a.start)).toEqual([0, 9])
  })

  it('lists at most PREVIEW_LIMIT matches but counts them all', () => {
    const { db } = corpus('Mark '.repeat(PREVIEW_LIMIT + 5))
    const preview = previewTagAll(db, { tag: 'person', phrase: 'Mark', scope: 'corpus' })
    expect([preview.count, preview.matches.length, preview.truncated]).toEqual([PREVIEW_LIMIT + 5, PREVIEW_LIMIT, true])
  })

  it('tags regular-expression matches', () => {
    const { db } = corpus('Some 100,000 troops and 5 troops.')
    const preview = previewTagAll(db, { tag: 'figure', regex: String.raw`\d[\d,]* troops`, scope: 'corpus' })
    expect(preview.matches.map((m) => m.quote.exact)).toEqual(['100,000 troops', '5 troops'])
  })

  it('refuses an unknown tag, an invalid regex or a missing article, changing nothing', () => {
    const { db, analyst, ids } = corpus('Mark.')
    expect(() => applyTagAll(db, analyst, { tag: 'nope', phrase: 'Mark', scope: 'corpus' })).toThrow(/no tag "nope"/)
    expect(() => previewTagAll(db, { tag: 'person', regex: '[', scope: 'corpus' })).toThrow(UserError)
    expect(() =>
      applyTagAll(db, analyst, { tag: 'person', phrase: 'Mark', scope: 'articles', articleIds: [999] })
    ).toThrow(/no article 999/)
    expect(listAnnotations(db, ids[0])).toEqual([])
  })
})
