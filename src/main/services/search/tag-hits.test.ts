import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../db/connection'
import { listAnnotations } from '../annotations'
import { insertArticle } from '../corpus'
import { undoStep } from '../editing'
import { setProfile } from '../profile'
import { plainDraft } from '../test-drafts'
import { tagSearchHits } from './tag-hits'

function corpus() {
  const db = openDatabase(':memory:')
  const analyst = setProfile(db, 'Ada')
  const a = insertArticle(db, plainDraft('Troops 🚀 massed; more troops came.'), 'a.txt', 'now')
  const b = insertArticle(db, plainDraft('No soldiers here, only troops.'), 'b.txt', 'now')
  const c = insertArticle(db, plainDraft('Nothing to see.'), 'c.txt', 'now')
  return { db, analyst, a, b, c }
}

describe('tagging search hits', () => {
  it('tags every text hit of the search as one undo step, at the hit’s exact characters', () => {
    const { db, analyst, a, b, c } = corpus()
    const result = tagSearchHits(db, analyst, { query: 'troops', as: 'figure' })!
    expect(result.label).toBe('Tag 3 search hits of “troops” as figure')
    expect(listAnnotations(db, a).map((x) => x.quote.exact)).toEqual(['Troops', 'troops'])
    expect(listAnnotations(db, b).map((x) => x.quote.exact)).toEqual(['troops'])
    expect(listAnnotations(db, c)).toEqual([])
    undoStep(db, analyst)
    expect(listAnnotations(db, a)).toEqual([])
    expect(listAnnotations(db, b)).toEqual([])
  })

  it('skips hits that already carry the tag, and says nothing is left to tag', () => {
    const { db, analyst } = corpus()
    tagSearchHits(db, analyst, { query: 'troops', as: 'figure' })
    expect(tagSearchHits(db, analyst, { query: 'troops', as: 'figure' })).toBeNull()
    expect(tagSearchHits(db, analyst, { query: 'troops', as: 'claim' })?.changes).toHaveLength(3)
  })

  it('refuses an unknown tag and a mistyped query, changing nothing', () => {
    const { db, analyst, a } = corpus()
    expect(() => tagSearchHits(db, analyst, { query: 'troops', as: 'nope' })).toThrow(/no tag "nope"/)
    expect(() => tagSearchHits(db, analyst, { query: '"troops', as: 'figure' })).toThrow()
    expect(listAnnotations(db, a)).toEqual([])
  })
})
