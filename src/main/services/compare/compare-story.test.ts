import { describe, expect, it } from 'vitest'
import type { Attributes } from '../../../shared/model'
import type { Db } from '../../db/connection'
import { createAnnotation } from '../annotations'
import { getArticle, insertArticle } from '../corpus'
import { setProfile } from '../profile'
import { openDatabase } from '../../db/connection'
import { createStory } from '../stories/stories'
import { haveSeeds, seedCorpus } from '../stories/test-seed-corpus'
import { compareStory } from './compare-story'

if (!haveSeeds) console.warn('skipping the seed-article comparison test: ../shared/corpus/seed-articles not found')

/** Tags the first occurrence of `words` in an article, as an analyst would by hand. */
function tag(db: Db, articleId: number, tagName: string, words: string, attributes: Attributes = {}) {
  const text = getArticle(db, articleId).text
  const start = text.indexOf(words)
  if (start < 0) throw new Error(`"${words}" is not in article ${articleId}`)
  const analyst = setProfile(db, 'Ada Analyst')
  return createAnnotation(db, analyst, { articleId, tag: tagName, start, end: start + words.length, attributes })
}

describe('comparing a story', () => {
  it.skipIf(!haveSeeds)(
    'lists each outlet’s troop figures with the 60,000–90,000 report marked, and both lengths of the call',
    async () => {
      const { db, seedIds } = await seedCorpus()
      const [rfe, interfax, bbc, guardian, cnn] = seedIds
      const troops = { unit: 'troops' }
      tag(db, rfe, 'figure', 'some 100,000 troops', { ...troops, value: 100000, approximate: true, qualifier: 'some' })
      tag(db, interfax, 'figure', 'upwards of 100,000 troops', { ...troops, value: 100000, approximate: true })
      tag(db, bbc, 'figure', 'around 100,000 Russian troops', { ...troops, value: 100000, approximate: true })
      tag(db, guardian, 'figure', '60,000 to 90,000 Russian troops', { ...troops, value: 60000, valueHigh: 90000 })
      tag(db, cnn, 'figure', 'an estimated 100,000 troops', { ...troops, value: 100000, approximate: true })
      tag(db, rfe, 'figure', '50-minute', { value: 50, unit: 'minutes' })
      tag(db, cnn, 'figure', 'nearly an hour', { value: 60, unit: 'minutes', approximate: true, qualifier: 'nearly' })
      tag(db, guardian, 'figure', '50-minute')
      const story = createStory(db, setProfile(db, 'Ada Analyst'), { title: 'The call', articleIds: seedIds })

      const { figures, outlets } = compareStory(db, story.id)
      expect(outlets).toHaveLength(5)
      const [troopRow, minutesRow, pendingRow] = figures
      expect(troopRow).toMatchObject({ unit: 'troops', disagreement: true })
      expect(troopRow.figures.map((f) => [f.label, f.disagrees])).toEqual(
        expect.arrayContaining([
          ['some 100,000 troops', false],
          ['60,000–90,000 troops', true]
        ])
      )
      expect(new Set(troopRow.figures.map((f) => f.articleId))).toEqual(new Set(seedIds))
      expect(minutesRow.figures.map((f) => `${f.quote} → ${f.label}`).sort()).toEqual([
        '50-minute → 50 minutes',
        'nearly an hour → nearly 60 minutes'
      ])
      expect(minutesRow.disagreement).toBe(true)
      expect(pendingRow).toMatchObject({
        unit: null,
        figures: [{ quote: '50-minute', label: '“50-minute” (not normalised)' }]
      })
      const guardianFigure = troopRow.figures.find((f) => f.articleId === guardian)!
      expect(getArticle(db, guardian).text.slice(guardianFigure.start, guardianFigure.end)).toBe(
        '60,000 to 90,000 Russian troops'
      )
    }
  )
})

describe('matching quotes and claims', () => {
  function story() {
    const db = openDatabase(':memory:')
    const ada = setProfile(db, 'Ada Analyst')
    const add = (outlet: string, text: string) =>
      insertArticle(
        db,
        { title: outlet, outlet, url: null, publishedDate: null, language: 'en', text, rawText: text, removed: [] },
        `${outlet}.txt`,
        'now'
      )
    const wire = add('Wire', 'The aide called it "serious and substantive talks". Officials said Moscow massed troops.')
    const herald = add('Herald', 'Talks were "serious", the aide said. Officials say Moscow has massed its troops.')
    const post = add('Post', 'An unrelated remark: "the weather was fine". Nothing else.')
    const id = createStory(db, ada, { title: 'Talks', articleIds: [wire, herald, post] }).id
    return { db, id, wire, herald, post }
  }

  it('matches a quote cut short in another outlet, keeps each outlet’s speaker and flags the differences', () => {
    const { db, id, wire, herald, post } = story()
    tag(db, wire, 'quote', 'serious and substantive talks', { speaker: 'a senior official' })
    tag(db, herald, 'quote', 'serious', { speaker: 'the aide' })
    tag(db, post, 'quote', 'the weather was fine')
    const { quotes } = compareStory(db, id)
    expect(quotes).toHaveLength(2)
    expect(quotes[0]).toMatchObject({ wordingDiffers: true, speakersDiffer: true })
    expect(quotes[0].items.map((q) => [q.outlet, q.quote, q.speaker])).toEqual([
      ['Wire', 'serious and substantive talks', 'a senior official'],
      ['Herald', 'serious', 'the aide']
    ])
    expect(quotes[1].items.map((q) => [q.outlet, q.speaker])).toEqual([['Post', null]])
  })

  it('groups reworded claims and keeps an unrelated one apart', () => {
    const { db, id, wire, herald, post } = story()
    tag(db, wire, 'claim', 'Moscow massed troops', { status: 'supported' })
    tag(db, herald, 'claim', 'Moscow has massed its troops')
    tag(db, post, 'claim', 'Nothing else')
    const { claims } = compareStory(db, id)
    expect(claims.map((group) => group.items.map((c) => c.outlet))).toEqual([['Wire', 'Herald'], ['Post']])
    expect(claims[0].items[0]).toMatchObject({ status: 'supported', claimant: null })
  })
})
