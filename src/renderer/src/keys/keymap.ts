// The one keymap table. The key handler, the buttons' aria-keyshortcuts and the cheat-sheet all read
// it. Tag keys come from the tag set (each tag has its own key) and are added by `bindingsFor`.
import type { Tag } from '../../../shared/model'

export type AppCommand =
  | { kind: 'tag'; tag: string }
  | { kind: 'delete-annotation' }
  | { kind: 'import-articles' }
  | { kind: 'import-bundle' }
  | { kind: 'export-bundle' }
  | { kind: 'focus-filter' }
  | { kind: 'clear-focus' }

export interface KeyBinding {
  /** Normalised chords, e.g. "3", "Delete", "Mod+Shift+E" (Mod is Ctrl, or ⌘ on macOS). */
  keys: string[]
  command: AppCommand
  description: string
}

export const FIXED_BINDINGS: readonly KeyBinding[] = [
  {
    keys: ['Delete', 'Backspace'],
    command: { kind: 'delete-annotation' },
    description: 'Delete the focused annotation'
  },
  { keys: ['Escape'], command: { kind: 'clear-focus' }, description: 'Clear the focused annotation' },
  { keys: ['/'], command: { kind: 'focus-filter' }, description: 'Filter the article list' },
  { keys: ['Mod+O'], command: { kind: 'import-articles' }, description: 'Import articles' },
  { keys: ['Mod+Shift+O'], command: { kind: 'import-bundle' }, description: 'Import a bundle' },
  { keys: ['Mod+Shift+E'], command: { kind: 'export-bundle' }, description: 'Export a bundle' }
]

/** Every binding: one per tag (its key tags the selection), then the fixed ones. */
export function bindingsFor(tags: readonly Tag[]): KeyBinding[] {
  const tagBindings = tags
    .filter((tag) => tag.key)
    .map((tag) => ({
      keys: [tag.key],
      command: { kind: 'tag', tag: tag.name } as const,
      description: `Tag the selection as ${tag.label}`
    }))
  return [...tagBindings, ...FIXED_BINDINGS]
}

/** The normalised chord of a key event: modifiers in a fixed order, letters upper-cased. */
export function chordOf(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): string {
  const parts: string[] = []
  if (event.ctrlKey || event.metaKey) parts.push('Mod')
  if (event.altKey) parts.push('Alt')
  const printable = event.key.length === 1
  // Shift is part of a printable key already ("?" not "Shift+/"), except with Mod or Alt.
  if (event.shiftKey && (!printable || parts.length > 0)) parts.push('Shift')
  parts.push(printable && parts.length > 0 ? event.key.toUpperCase() : event.key)
  return parts.join('+')
}

/** The command bound to a chord, or null. */
export function commandFor(bindings: readonly KeyBinding[], chord: string): AppCommand | null {
  return bindings.find((binding) => binding.keys.includes(chord))?.command ?? null
}

/** The aria-keyshortcuts value of a chord ("Mod+Shift+E" → "Control+Shift+E"). */
export const ariaShortcut = (chord: string): string => chord.replace('Mod', 'Control')
