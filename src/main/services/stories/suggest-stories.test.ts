import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../db/connection'
import { insertArticle } from '../corpus'
import { setProfile } from '../profile'
import { plainDraft } from '../test-drafts'
import { createStory } from './stories'
import { suggestStories } from './suggest-stories'
import { haveSeeds, seedCorpus } from './test-seed-corpus'

if (!haveSeeds)
  console.warn('skipping the seed-article story suggestion test: ../shared/corpus/seed-articles not found')

describe('story suggestions', () => {
  it.skipIf(!haveSeeds)(
    'group the five reports of the Biden–Putin call and nothing else, saying what they share',
    async () => {
      const { db, seedIds } = await seedCorpus()
      const suggestions = suggestStories(db)
      expect(suggestions).toHaveLength(1)
      const [story] = suggestions
      expect(story.articleIds).toEqual([...seedIds].sort((a, b) => a - b))
      const shared = story.shared.map((item) => `${item.kind}:${item.text}`)
      expect(shared).toEqual(
        expect.arrayContaining(['date:December 30', 'name:Joe Biden', 'name:Vladimir Putin', 'name:Ukraine'])
      )
      expect(story.title).toBe('Vladimir Putin, Joe Biden — December 30')
      expect(story.existingStoryId).toBeNull()
    }
  )

  it('link two reports by their shared names, date and rare phrase, and know when a story already holds them', () => {
    const db = openDatabase(':memory:')
    const add = (title: string, text: string) => insertArticle(db, plainDraft(text, title), `${title}.txt`, 'now')
    const a = add(
      'Harbour',
      'Mayor Ines Okafor opened the Lindqvist Harbour ferry on March 3 after a tense council vote.'
    )
    const b = add(
      'Ferry',
      'On 3 March, Ines Okafor cut the ribbon at Lindqvist Harbour; the tense council vote is behind her.'
    )
    add('Museum', 'The Palmer Museum reopened its glass hall on June 9 with a concert by the city choir.')
    const [suggestion, ...rest] = suggestStories(db)
    expect(rest).toEqual([])
    expect(suggestion.articleIds).toEqual([a, b])
    expect(suggestion.shared).toEqual(
      expect.arrayContaining([
        { kind: 'date', text: 'March 3', articles: 2 },
        { kind: 'name', text: 'Ines Okafor', articles: 2 },
        { kind: 'name', text: 'Lindqvist Harbour', articles: 2 },
        { kind: 'phrase', text: 'tense council vote', articles: 2 }
      ])
    )
    const story = createStory(db, setProfile(db, 'Ada'), { title: 'Ferry opening', articleIds: [a, b] })
    expect(suggestStories(db)[0].existingStoryId).toBe(story.id)
  })
})
