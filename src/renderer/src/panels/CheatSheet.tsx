import { useEffect, useRef } from 'react'
import type { KeyBinding } from '../keys/keymap'
import { Dialog } from './Dialog'

const GROUPS: KeyBinding['group'][] = ['Tags', 'Annotate', 'Move', 'Article', 'Corpus', 'Workbench']

/** Shows a chord as the keyboard labels it ("Mod+Shift+Z" → "Ctrl+Shift+Z"). */
export const keyLabel = (chord: string): string =>
  chord
    .replace('Mod', 'Ctrl')
    .replace(/^\}$/, 'Shift+]')
    .replace(/^\{$/, 'Shift+[')
    .replace('Shift+{', 'Shift+[')
    .replace('Shift+}', 'Shift+]')

/** Every binding, grouped, read from the same table as the key handler. Escape closes it. */
export function CheatSheet({ bindings, onClose }: { bindings: KeyBinding[]; onClose: () => void }) {
  const closeRef = useRef<HTMLButtonElement>(null)
  useEffect(() => closeRef.current?.focus(), [])
  return (
    <Dialog className="modal wide cheat-sheet" label="Key bindings" onClose={onClose}>
      <header className="dialog-head">
        <h2>Key bindings</h2>
        <button ref={closeRef} onClick={onClose}>
          Close
        </button>
      </header>
      <p className="muted">
        In caret mode (c): arrows move by character, Ctrl+arrows by word, Up/Down by line, Home/End to the line’s ends;
        Shift with any of them selects.
      </p>
      <div className="cheat-groups">
        {GROUPS.map((group) => {
          const rows = bindings.filter((b) => b.group === group)
          if (!rows.length) return null
          return (
            <section key={group}>
              <h3>{group}</h3>
              <table>
                <tbody>
                  {rows.map((binding) => (
                    <tr key={binding.command.kind === 'tag' ? `tag-${binding.command.tag}` : binding.command.kind}>
                      <td className="keys">
                        {binding.keys.length ? (
                          binding.keys.map((k) => <kbd key={k}>{keyLabel(k)}</kbd>)
                        ) : (
                          <span className="muted">unbound</span>
                        )}
                      </td>
                      <td>{binding.description}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          )
        })}
      </div>
    </Dialog>
  )
}
