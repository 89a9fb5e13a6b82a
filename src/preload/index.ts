// Exposes `window.workbench`, generated from the contract, and nothing else of IPC: the page never
// sees ipcRenderer. `window.workbenchMenu` forwards the application menu's commands.
import { contextBridge, ipcRenderer } from 'electron'
import { createClient } from '../shared/client'
import { callNames, channelOf } from '../shared/contract'
import type { CallResult } from '../shared/errors'
import { MENU_CHANNEL, type MenuCommand } from '../shared/menu'

const workbench = createClient(
  (name, input) => ipcRenderer.invoke(channelOf(name), input) as Promise<CallResult<unknown>>,
  callNames
)

contextBridge.exposeInMainWorld('workbench', workbench)
contextBridge.exposeInMainWorld('workbenchMenu', {
  onCommand(listener: (command: MenuCommand) => void): () => void {
    const wrapped = (_event: unknown, command: MenuCommand) => listener(command)
    ipcRenderer.on(MENU_CHANNEL, wrapped)
    return () => ipcRenderer.removeListener(MENU_CHANNEL, wrapped)
  }
})
