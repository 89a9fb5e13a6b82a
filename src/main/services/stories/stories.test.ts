import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../db/connection'
import { insertArticle } from '../corpus'
import { setProfile } from '../profile'
import { plainDraft } from '../test-drafts'
import { createStory, deleteStory, getStory, listStories, updateStory } from './stories'

function corpus() {
  const db = openDatabase(':memory:')
  const ada = setProfile(db, 'Ada Analyst')
  const ids = ['One', 'Two', 'Three'].map((title) =>
    insertArticle(db, plainDraft(`${title} report.`, title), `${title}.txt`, 'now')
  )
  return { db, ada, ids }
}

describe('stories made by hand', () => {
  it('are created with their articles, renamed, grown, shrunk and deleted, leaving the articles', () => {
    const { db, ada, ids } = corpus()
    const story = createStory(db, ada, { title: ' Ferry vote ', articleIds: [ids[0], ids[1]] })
    expect(story).toMatchObject({ title: 'Ferry vote', creator: { name: 'Ada Analyst' } })
    expect(story.articles.map((a) => a.id)).toEqual([ids[0], ids[1]])
    const changed = updateStory(db, {
      id: story.id,
      title: 'Ferry vote, day two',
      add: [ids[2], ids[1]],
      remove: [ids[0]]
    })
    expect(changed.title).toBe('Ferry vote, day two')
    expect(changed.articles.map((a) => a.id)).toEqual([ids[1], ids[2]])
    expect(listStories(db).map((s) => s.id)).toEqual([story.id])
    deleteStory(db, story.id)
    expect(listStories(db)).toEqual([])
    expect(db.prepare('SELECT count(*) FROM article').pluck().get()).toBe(3)
  })

  it('refuse an unknown article or story by name and change nothing', () => {
    const { db, ada, ids } = corpus()
    expect(() => createStory(db, ada, { title: 'Vote', articleIds: [ids[0], 99] })).toThrow(/no article #99/)
    expect(listStories(db)).toEqual([])
    const story = createStory(db, ada, { title: 'Vote', articleIds: [ids[0]] })
    expect(() => updateStory(db, { id: story.id, title: 'Renamed', add: [ids[1], 98] })).toThrow(/no article #98/)
    expect(getStory(db, story.id)).toMatchObject({ title: 'Vote', articles: [{ id: ids[0] }] })
    expect(() => updateStory(db, { id: 77, title: 'x' })).toThrow(/no story 77/)
    expect(() => createStory(db, ada, { title: '  ', articleIds: [] })).toThrow(/needs a title/)
  })

  it('lose an article that is deleted from the corpus', () => {
    const { db, ada, ids } = corpus()
    const story = createStory(db, ada, { title: 'Vote', articleIds: ids })
    db.prepare('DELETE FROM article WHERE id = ?').run(ids[0])
    expect(getStory(db, story.id).articles.map((a) => a.id)).toEqual([ids[1], ids[2]])
  })
})
