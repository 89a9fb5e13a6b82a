// The analyst's tag set beyond the built-in three: add, rename, recolour, rebind and delete tags.
import type { Db } from '../db/connection'
import { UserError } from '../../shared/errors'
import type { Tag } from '../../shared/model'
import { bindingClash } from '../../shared/keymap'
import { listTags } from './profile'
import { getKeyBindings } from './settings'

function find(db: Db, name: string): Tag {
  const tag = listTags(db).find((t) => t.name === name)
  if (!tag) throw new UserError(`There is no tag "${name}".`)
  return tag
}

/** Refuses a tag key that another tag or a command already uses. */
function assertKeyFree(db: Db, key: string, tagName: string): void {
  if (!key) return
  const tags = listTags(db)
  const holder = tags.find((t) => t.key === key && t.name !== tagName)
  if (holder) throw new UserError(`The key "${key}" already tags ${holder.label}; choose another key.`)
  const probe = { name: tagName, label: '', color: '#000000', key, builtin: false }
  const clash = bindingClash([...tags.filter((t) => t.name !== tagName), probe], getKeyBindings(db))
  if (clash) throw new UserError(clash)
}

/** Adds a user-defined tag after the others and returns the tag set. */
export function createTag(db: Db, tag: Omit<Tag, 'builtin'>): Tag[] {
  return db.transaction(() => {
    if (listTags(db).some((t) => t.name === tag.name)) throw new UserError(`There is already a tag "${tag.name}".`)
    assertKeyFree(db, tag.key, tag.name)
    db.prepare(
      `INSERT INTO tag (name, label, color, key, builtin, position)
       VALUES (@name, @label, @color, @key, 0, (SELECT COALESCE(MAX(position), 0) + 1 FROM tag))`
    ).run(tag)
    return listTags(db)
  })()
}

/** Renames (label), recolours or rebinds a tag; its name, which annotations carry, stays. */
export function updateTag(db: Db, name: string, patch: Partial<Pick<Tag, 'label' | 'color' | 'key'>>): Tag[] {
  return db.transaction(() => {
    const next = { ...find(db, name), ...patch }
    if (patch.key !== undefined) assertKeyFree(db, patch.key, name)
    db.prepare('UPDATE tag SET label = @label, color = @color, key = @key WHERE name = @name').run(next)
    return listTags(db)
  })()
}

export interface TagDeletion {
  /** What happens to the tag's annotations, required when it has any. */
  annotations?: 'delete' | 'retag'
  retagAs?: string
}

/**
 * Deletes a user-defined tag. A tag in use is deleted only when the analyst has said what happens to
 * its annotations: deleted with it, or retagged as another tag.
 */
export function deleteTag(db: Db, name: string, { annotations, retagAs }: TagDeletion): Tag[] {
  return db.transaction(() => {
    const tag = find(db, name)
    if (tag.builtin) throw new UserError(`${tag.label} is a built-in tag and cannot be deleted.`)
    const used = db.prepare('SELECT COUNT(*) FROM annotation WHERE tag = ?').pluck().get(name) as number
    if (used > 0 && !annotations) {
      throw new UserError(
        `${tag.label} is used by ${used} annotation${used === 1 ? '' : 's'}: say whether to delete them or retag them as another tag.`
      )
    }
    if (used > 0 && annotations === 'retag') {
      if (!retagAs || retagAs === name) throw new UserError(`Name the tag that ${tag.label}'s annotations become.`)
      find(db, retagAs)
      db.prepare('UPDATE annotation SET tag = ?, modified = ? WHERE tag = ?').run(
        retagAs,
        new Date().toISOString(),
        name
      )
    }
    if (used > 0 && annotations === 'delete') db.prepare('DELETE FROM annotation WHERE tag = ?').run(name)
    db.prepare('DELETE FROM tag WHERE name = ?').run(name)
    return listTags(db)
  })()
}
