import type { WorkbenchApi } from '../shared/contract'
import type { MenuCommand } from '../shared/menu'

declare global {
  interface Window {
    /** Set by the Electron preload; in browser mode the renderer builds an HTTP client instead. */
    workbench?: WorkbenchApi
    workbenchMenu?: { onCommand(listener: (command: MenuCommand) => void): () => void }
  }
}
