import { COMMANDS, type CommandName } from './keymap'

/** Commands the Electron menu sends to the renderer (browser mode reaches them from the toolbar). */
export type MenuCommand = Extract<
  CommandName,
  'import-articles' | 'import-bundle' | 'export-bundle' | 'undo' | 'redo' | 'cheat-sheet' | 'settings'
>

/** The file commands, which the toolbar's file inputs carry out. */
export type FileCommand = Extract<MenuCommand, 'import-articles' | 'import-bundle' | 'export-bundle'>

export const MENU_CHANNEL = 'workbench:menu'

/**
 * The Electron accelerator shown beside a menu item: the command's first default key from the one
 * keymap table ("Mod+Shift+E" → "CmdOrCtrl+Shift+E"). The menu only shows it; the page's key handler
 * does the work, so the analyst's own bindings apply and no key fires twice.
 */
export const menuAccelerator = (command: MenuCommand): string | undefined =>
  COMMANDS[command].keys[0]?.replace('Mod', 'CmdOrCtrl')
