import { v7 as uuidv7 } from 'uuid'
import type { Db } from '../db/connection'
import { statement } from '../db/statements'
import type { Analyst, Tag } from '../../shared/model'

/**
 * The analyst working on this corpus, or null before the first run's question is answered. Asked for
 * every annotation a step deletes (its tombstone names who deleted it), so the statement is kept.
 */
export function getProfile(db: Db): Analyst | null {
  const row = statement(
    db,
    `SELECT analyst.id, analyst.name FROM setting JOIN analyst ON analyst.id = setting.value
     WHERE setting.key = 'profile'`
  ).get() as Analyst | undefined
  return row ?? null
}

/** Creates the analyst profile, or renames it (its id, stamped on annotations, stays). */
export function setProfile(db: Db, name: string): Analyst {
  return db.transaction(() => {
    const existing = getProfile(db)
    if (existing) {
      db.prepare('UPDATE analyst SET name = ? WHERE id = ?').run(name, existing.id)
      return { id: existing.id, name }
    }
    const analyst = { id: uuidv7(), name }
    db.prepare('INSERT INTO analyst (id, name) VALUES (?, ?)').run(analyst.id, analyst.name)
    db.prepare(`INSERT INTO setting (key, value) VALUES ('profile', ?)`).run(analyst.id)
    return analyst
  })()
}

/** Records an analyst met in a bundle; an id this corpus knows keeps the name it has here. */
export function upsertAnalyst(db: Db, analyst: Analyst): void {
  db.prepare('INSERT INTO analyst (id, name) VALUES (?, ?) ON CONFLICT(id) DO NOTHING').run(analyst.id, analyst.name)
}

/** The tag set in display order. */
export function listTags(db: Db): Tag[] {
  const rows = db.prepare('SELECT name, label, color, key, builtin FROM tag ORDER BY position, name').all() as (Omit<
    Tag,
    'builtin'
  > & { builtin: number })[]
  return rows.map((row) => ({ ...row, builtin: row.builtin === 1 }))
}

/**
 * Adds the tags of a bundle that this corpus lacks; existing tags keep their local colour and key. A
 * new tag whose key is already bound here arrives without a key rather than stealing it.
 */
export function ensureTags(db: Db, tags: readonly Tag[]): void {
  const insert = db.prepare(
    `INSERT INTO tag (name, label, color, key, builtin, position)
     VALUES (@name, @label, @color, @key, 0, (SELECT COALESCE(MAX(position), 0) + 1 FROM tag))
     ON CONFLICT(name) DO NOTHING`
  )
  const keyTaken = db.prepare(`SELECT 1 FROM tag WHERE key = ? AND key <> ''`).pluck()
  for (const tag of tags) insert.run({ ...tag, key: keyTaken.get(tag.key) ? '' : tag.key })
}
