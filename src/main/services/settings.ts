// The analyst's settings kept in the corpus: key bindings for now.
import type { Db } from '../db/connection'
import { UserError } from '../../shared/errors'
import { bindingClash, COMMANDS } from '../../shared/keymap'
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
