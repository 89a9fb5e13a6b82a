import { useEffect, useRef, useState } from 'react'
import type { Tag } from '../../../shared/model'
import { chordOf, COMMANDS, type CommandName } from '../keys/keymap'
import { api } from '../api'
import { keyLabel } from './CheatSheet'
import { TagEditor } from './TagEditor'
import { Dialog } from './Dialog'

interface Props {
  tags: Tag[]
  keyBindings: Record<string, string>
  onTags: (tags: Tag[]) => void
  onKeyBindings: (bindings: Record<string, string>) => Promise<void>
  onClose: () => void
}

/** Keys that only modify another key; a binding waits for the key they modify. */
const MODIFIERS = new Set(['Control', 'Shift', 'Alt', 'Meta'])

/** One command's binding: shows its keys; "Change" waits for the next chord. */
function BindingRow(props: {
  command: CommandName
  keys: readonly string[]
  own: boolean
  onBind: (chord: string | null) => void
}) {
  const [listening, setListening] = useState(false)
  const info = COMMANDS[props.command]
  return (
    <tr>
      <td>{info.description}</td>
      <td className="keys">
        {listening ? <em>Press a key…</em> : props.keys.map((k) => <kbd key={k}>{keyLabel(k)}</kbd>)}
      </td>
      <td>
        <button
          aria-label={`Change the key for ${info.description}`}
          onClick={() => setListening(true)}
          onKeyDown={(event) => {
            if (!listening || MODIFIERS.has(event.key)) return
            event.preventDefault()
            event.stopPropagation()
            setListening(false)
            if (event.key !== 'Escape') props.onBind(chordOf(event.nativeEvent))
          }}
          onBlur={() => setListening(false)}
        >
          {listening ? 'Press a key (Esc cancels)' : 'Change'}
        </button>
        {props.own && (
          <button aria-label={`Reset the key for ${info.description}`} onClick={() => props.onBind(null)}>
            Reset
          </button>
        )}
      </td>
    </tr>
  )
}

/** Settings: the tag set (add, rename, recolour, rebind, delete) and the key bindings. */
export function SettingsDialog({ tags, keyBindings, onTags, onKeyBindings, onClose }: Props) {
  const [problem, setProblem] = useState<string | null>(null)
  const closeRef = useRef<HTMLButtonElement>(null)
  useEffect(() => closeRef.current?.focus(), [])

  const attempt = async (action: () => Promise<unknown>) => {
    try {
      await action()
      setProblem(null)
      return true
    } catch (error) {
      setProblem((error as Error).message)
      return false
    }
  }

  const bind = (command: CommandName, chord: string | null) =>
    attempt(() => {
      const next = { ...keyBindings }
      if (chord === null) delete next[command]
      else next[command] = chord
      return onKeyBindings(next)
    })

  return (
    <Dialog className="modal wide settings" label="Settings" onClose={onClose}>
      <header className="dialog-head">
        <h2>Settings</h2>
        <button ref={closeRef} onClick={onClose}>
          Close
        </button>
      </header>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <TagEditor tags={tags} onChange={(run) => attempt(async () => onTags(await run(api)))} />
      <section aria-label="Key bindings">
        <h3>Key bindings</h3>
        <table className="bindings">
          <tbody>
            {(Object.keys(COMMANDS) as CommandName[]).map((command) => {
              const own = keyBindings[command]
              const keys = own === undefined ? COMMANDS[command].keys : own ? [own] : []
              return (
                <BindingRow
                  key={command}
                  command={command}
                  keys={keys}
                  own={own !== undefined}
                  onBind={(chord) => void bind(command, chord)}
                />
              )
            })}
          </tbody>
        </table>
      </section>
    </Dialog>
  )
}
