// The one keymap table: every command with its default keys and what it does. The key handler, the
// buttons' aria-keyshortcuts, the cheat-sheet and the settings screen all read it; main checks the
// analyst's own bindings against it. Tag keys come from the tag set (each tag has its own key).
import type { Tag } from './model'

export interface CommandInfo {
  /** Normalised chords, e.g. "3", "Delete", "Mod+Shift+E" (Mod is Ctrl, or ⌘ on macOS). */
  keys: readonly string[]
  description: string
  group: 'Annotate' | 'Move' | 'Article' | 'Corpus' | 'Workbench'
}

export const COMMANDS = {
  'caret-mode': { keys: ['c'], description: 'Put a caret in the article to select with the keys', group: 'Annotate' },
  'toggle-snap': { keys: ['w'], description: 'Snap selections to whole words (on/off)', group: 'Annotate' },
  'edit-attributes': {
    keys: ['e'],
    description: 'Edit the focused annotation’s attributes and note',
    group: 'Annotate'
  },
  'delete-annotation': {
    keys: ['Delete', 'Backspace'],
    description: 'Delete the focused annotation',
    group: 'Annotate'
  },
  'grow-end': { keys: ['}'], description: 'Grow the focused span’s end by a word (Shift+])', group: 'Annotate' },
  'shrink-end': { keys: ['{'], description: 'Shrink the focused span’s end by a word (Shift+[)', group: 'Annotate' },
  'grow-start': {
    keys: ['Alt+Shift+{'],
    description: 'Grow the focused span’s start by a word (Alt+Shift+[)',
    group: 'Annotate'
  },
  'shrink-start': {
    keys: ['Alt+Shift+}'],
    description: 'Shrink the focused span’s start by a word (Alt+Shift+])',
    group: 'Annotate'
  },
  undo: { keys: ['Mod+Z'], description: 'Undo', group: 'Annotate' },
  redo: { keys: ['Mod+Shift+Z', 'Mod+Y'], description: 'Redo', group: 'Annotate' },
  'next-annotation': { keys: ['j'], description: 'Focus the next annotation', group: 'Move' },
  'prev-annotation': { keys: ['k'], description: 'Focus the previous annotation', group: 'Move' },
  'cycle-overlap': { keys: ['o'], description: 'Focus the next span overlapping the focused one', group: 'Move' },
  'clear-focus': { keys: ['Escape'], description: 'Leave caret mode, or clear the focused annotation', group: 'Move' },
  'next-article': { keys: ['n'], description: 'Open the next article in the list', group: 'Move' },
  'prev-article': { keys: ['p'], description: 'Open the previous article in the list', group: 'Move' },
  'status-new': { keys: ['Alt+1'], description: 'Mark the article new', group: 'Article' },
  'status-in-progress': { keys: ['Alt+2'], description: 'Mark the article in progress', group: 'Article' },
  'status-done': { keys: ['Alt+3'], description: 'Mark the article done', group: 'Article' },
  adjudicate: {
    keys: ['D'],
    description: 'Adjudicate this article: two analysts’ spans side by side (Shift+D)',
    group: 'Article'
  },
  'focus-filter': { keys: ['/'], description: 'Filter the article list', group: 'Corpus' },
  'focus-search': { keys: ['Mod+F'], description: 'Search the corpus', group: 'Corpus' },
  'import-articles': { keys: ['Mod+O'], description: 'Import articles', group: 'Corpus' },
  'import-bundle': { keys: ['Mod+Shift+O'], description: 'Import a bundle', group: 'Corpus' },
  'export-bundle': { keys: ['Mod+Shift+E'], description: 'Export a bundle', group: 'Corpus' },
  'cheat-sheet': { keys: ['?'], description: 'Show every key binding', group: 'Workbench' },
  settings: { keys: ['Mod+,'], description: 'Open settings: tags and key bindings', group: 'Workbench' },
  // Issue 4: bulk tagging and reviewing suggestions.
  'tag-all-matches': {
    keys: ['a'],
    description: 'Tag all matches of the selection (or a typed phrase) in this article or the corpus',
    group: 'Annotate'
  },
  'saved-rules': {
    keys: ['r'],
    description: 'Saved tagging rules: add, delete, preview and run them',
    group: 'Annotate'
  },
  'review-suggestions': {
    keys: ['s'],
    description: 'Review the suggester’s quotes, figures and claims (dashed)',
    group: 'Annotate'
  },
  'accept-suggestion': { keys: ['Enter'], description: 'Accept the focused suggestion', group: 'Annotate' },
  'reject-suggestion': {
    keys: ['x'],
    description: 'Reject the focused suggestion (it is not proposed again)',
    group: 'Annotate'
  },
  'accept-all-suggestions': {
    keys: ['A'],
    description: 'Accept every suggestion of the focused one’s kind in this article (Shift+A)',
    group: 'Annotate'
  },
  'next-suggestion': { keys: [']'], description: 'Focus the next suggestion', group: 'Move' },
  'prev-suggestion': { keys: ['['], description: 'Focus the previous suggestion', group: 'Move' }
} as const satisfies Record<string, CommandInfo>

export type CommandName = keyof typeof COMMANDS

export type AppCommand = { kind: 'tag'; tag: string } | { kind: CommandName }

export interface KeyBinding {
  keys: string[]
  command: AppCommand
  description: string
  group: CommandInfo['group'] | 'Tags'
}

/**
 * Every binding: one per tag (its key tags the selection, or retags the focused annotation), then the
 * commands, each with the analyst's own chord where one is set ("" unbinds it).
 */
export function bindingsFor(tags: readonly Tag[], own: Readonly<Record<string, string>> = {}): KeyBinding[] {
  const tagBindings: KeyBinding[] = tags
    .filter((tag) => tag.key)
    .map((tag) => ({
      keys: [tag.key],
      command: { kind: 'tag', tag: tag.name },
      description: `Tag the selection (or retag the focused annotation) as ${tag.label}`,
      group: 'Tags'
    }))
  const commandBindings = (Object.entries(COMMANDS) as [CommandName, CommandInfo][]).map(([kind, info]) => {
    const chord = own[kind]
    return {
      keys: chord === undefined ? [...info.keys] : chord ? [chord] : [],
      command: { kind },
      description: info.description,
      group: info.group
    }
  })
  return [...tagBindings, ...commandBindings]
}

const nameOf = (binding: KeyBinding): string =>
  binding.command.kind === 'tag' ? `the ${binding.command.tag} tag` : `“${binding.description}”`

/** The first chord bound to two things, as a message for the analyst, or null when there is none. */
export function bindingClash(tags: readonly Tag[], own: Readonly<Record<string, string>>): string | null {
  const seen = new Map<string, KeyBinding>()
  for (const binding of bindingsFor(tags, own)) {
    for (const chord of binding.keys) {
      const holder = seen.get(chord)
      if (holder) return `The key ${chord} is bound to both ${nameOf(holder)} and ${nameOf(binding)}.`
      seen.set(chord, binding)
    }
  }
  return null
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
