// The analyst's settings kept in the corpus: key bindings, whether selections snap to whole words,
// and the article they had open last.
import type { Db } from '../db/connection'
import { UserError } from '../../shared/errors'
import { bindingClash, COMMANDS } from '../../shared/keymap'
import { statement } from '../db/statements'
import { listTags } from './profile'

/** The analyst's own key bindings, by command name. */
export function getKeyBindings(db: Db): Record<string, string> {
  const value = db.prepare(`SELECT value FROM setting WHERE key = 'keymap'`).pluck().get() as string | undefined
  return value ? (JSON.parse(value) as Record<string, string>) : {}
}

/** Replaces the analyst's own key bindings, refusing unknown commands and clashes. */
export function setKeyBindings(db: Db, bindings: Record<string, string>): Record<string, string> {
  for (const command of Object.keys(bindings)) {
    if (!Object.hasOwn(COMMANDS, command)) throw new UserError(`There is no command "${command}" to bind.`)
  }
  const clash = bindingClash(listTags(db), bindings)
  if (clash) throw new UserError(clash)
  db.prepare(
    `INSERT INTO setting (key, value) VALUES ('keymap', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`
  ).run(JSON.stringify(bindings))
  return bindings
}

/** Whether selections snap to whole words before they are tagged (on unless turned off). */
export function getSnapToWords(db: Db): boolean {
  return statement(db, `SELECT value FROM setting WHERE key = 'snapToWords'`).pluck().get() !== 'off'
}

export function setSnapToWords(db: Db, on: boolean): void {
  statement(
    db,
    `INSERT INTO setting (key, value) VALUES ('snapToWords', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`
  ).run(on ? 'on' : 'off')
}

/**
 * The article the analyst had open last, to reopen when the workbench starts; null when none was
 * recorded or that article is no longer in the corpus.
 */
export function getLastArticle(db: Db): number | null {
  const id = statement(
    db,
    `SELECT article.id FROM setting JOIN article ON article.id = CAST(setting.value AS INTEGER)
     WHERE setting.key = 'lastArticle'`
  )
    .pluck()
    .get() as number | undefined
  return id ?? null
}

/** Records the article the analyst has open (null: none), refusing an id the corpus does not hold. */
export function setLastArticle(db: Db, id: number | null): void {
  if (id === null) {
    statement(db, `DELETE FROM setting WHERE key = 'lastArticle'`).run()
    return
  }
  if (!statement(db, 'SELECT 1 FROM article WHERE id = ?').get(id)) {
    throw new UserError(`There is no article ${id} in this corpus.`)
  }
  statement(
    db,
    `INSERT INTO setting (key, value) VALUES ('lastArticle', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`
  ).run(String(id))
}
