/** Commands the Electron menu sends to the renderer (browser mode reaches them from the toolbar). */
export type MenuCommand = 'import-articles' | 'import-bundle' | 'export-bundle'

export const MENU_CHANNEL = 'workbench:menu'
