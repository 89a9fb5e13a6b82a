// The renderer reads the one keymap table in src/shared/keymap.ts (main checks bindings against it).
export {
  ariaShortcut,
  bindingsFor,
  chordOf,
  commandFor,
  COMMANDS,
  type AppCommand,
  type CommandName,
  type KeyBinding
} from '../../../shared/keymap'
