import type { Db } from '../db/connection'

/** What identifies a story apart from its text. */
export interface StoryIdentity {
  sha256: string
  url: string | null
  title: string
  outlet: string | null
  publishedDate: string | null
}

export interface LocalStory {
  id: number
  sha256: string
  title: string
  text: string
}

/**
 * The article of this corpus that is the same story as `story` with another text (re-scraped, a typo
 * fixed, other furniture kept): the same URL, or else the same title, outlet and date. Null when there
 * is none. The oldest wins when several match, so the answer does not depend on later imports.
 */
export function findSameStory(db: Db, story: StoryIdentity): LocalStory | null {
  const row = db
    .prepare(
      `SELECT id, sha256, title, text FROM article
       WHERE sha256 <> @sha256 AND (
         (@url IS NOT NULL AND url = @url)
         OR (@outlet IS NOT NULL AND @publishedDate IS NOT NULL
             AND title = @title AND outlet = @outlet AND published = @publishedDate))
       ORDER BY (@url IS NOT NULL AND url = @url) DESC, id LIMIT 1`
    )
    .get(story) as LocalStory | undefined
  return row ?? null
}
