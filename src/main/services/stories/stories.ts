// Stories: articles that report the same event. Each write is one transaction; an unknown article
// or story is a UserError and changes nothing.
import { UserError } from '../../../shared/errors'
import type { Analyst, Story } from '../../../shared/model'
import type { Db } from '../../db/connection'

interface StoryRow {
  id: number
  title: string
  creator_id: string
  creator_name: string
  created: string
}

function assertArticles(db: Db, articleIds: readonly number[]): void {
  const exists = db.prepare('SELECT 1 FROM article WHERE id = ?').pluck()
  const missing = articleIds.filter((id) => !exists.get(id))
  if (missing.length)
    throw new UserError(
      `There is no article ${missing.map((id) => `#${id}`).join(', ')} in this corpus; the story was not changed.`
    )
}

function storyArticles(db: Db, storyId: number): Story['articles'] {
  return db
    .prepare(
      `SELECT a.id, a.title, a.outlet, a.published AS publishedDate FROM story_article s JOIN article a ON a.id = s.article_id
       WHERE s.story_id = ? ORDER BY COALESCE(a.published, '9999'), a.id`
    )
    .all(storyId) as Story['articles']
}

const SELECT = `SELECT story.*, analyst.name AS creator_name FROM story JOIN analyst ON analyst.id = story.creator_id`

const toStory = (db: Db, row: StoryRow): Story => ({
  id: row.id,
  title: row.title,
  creator: { id: row.creator_id, name: row.creator_name },
  created: row.created,
  articles: storyArticles(db, row.id)
})

/** One story, or a UserError naming the id. */
export function getStory(db: Db, id: number): Story {
  const row = db.prepare(`${SELECT} WHERE story.id = ?`).get(id) as StoryRow | undefined
  if (!row) throw new UserError(`There is no story ${id}; it may have been deleted.`)
  return toStory(db, row)
}

/** Every story, newest first. */
export function listStories(db: Db): Story[] {
  const rows = db.prepare(`${SELECT} ORDER BY story.created DESC, story.id DESC`).all() as StoryRow[]
  return rows.map((row) => toStory(db, row))
}

function addArticles(db: Db, storyId: number, articleIds: readonly number[], now: string): void {
  const insert = db.prepare('INSERT OR IGNORE INTO story_article (story_id, article_id, added) VALUES (?, ?, ?)')
  for (const articleId of articleIds) insert.run(storyId, articleId, now)
}

const cleanTitle = (title: string): string => {
  const trimmed = title.trim()
  if (!trimmed) throw new UserError('A story needs a title.')
  return trimmed
}

/** Creates a story of the given articles. */
export function createStory(
  db: Db,
  creator: Analyst,
  input: { title: string; articleIds: number[] },
  now = new Date()
): Story {
  return db.transaction(() => {
    const title = cleanTitle(input.title)
    assertArticles(db, input.articleIds)
    const stamp = now.toISOString()
    const id = Number(
      db.prepare('INSERT INTO story (title, creator_id, created) VALUES (?, ?, ?)').run(title, creator.id, stamp)
        .lastInsertRowid
    )
    addArticles(db, id, input.articleIds, stamp)
    return getStory(db, id)
  })()
}

/** Renames a story, adds articles to it and removes articles from it, all at once. */
export function updateStory(
  db: Db,
  input: { id: number; title?: string; add?: number[]; remove?: number[] },
  now = new Date()
): Story {
  return db.transaction(() => {
    getStory(db, input.id)
    if (input.title !== undefined)
      db.prepare('UPDATE story SET title = ? WHERE id = ?').run(cleanTitle(input.title), input.id)
    assertArticles(db, input.add ?? [])
    addArticles(db, input.id, input.add ?? [], now.toISOString())
    const remove = db.prepare('DELETE FROM story_article WHERE story_id = ? AND article_id = ?')
    for (const articleId of input.remove ?? []) remove.run(input.id, articleId)
    return getStory(db, input.id)
  })()
}

/** Deletes a story (its articles stay in the corpus). */
export function deleteStory(db: Db, id: number): { id: number } {
  return db.transaction(() => {
    getStory(db, id)
    db.prepare('DELETE FROM story WHERE id = ?').run(id)
    return { id }
  })()
}
