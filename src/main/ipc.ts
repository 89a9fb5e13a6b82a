// Registers every call of the contract with Electron's IPC. Input is validated by dispatch(); the
// sender is checked here: only our own renderer's main frame may call.
import { ipcMain, type WebFrameMain } from 'electron'
import { callNames, channelOf, type Handlers } from '../shared/contract'
import { dispatch } from './handlers'

export function registerIpc(handlers: Handlers, isTrustedFrame: (frame: WebFrameMain | null) => boolean): void {
  for (const name of callNames) {
    ipcMain.handle(channelOf(name), (event, input: unknown) => {
      if (!isTrustedFrame(event.senderFrame)) {
        return {
          ok: false,
          error: { message: `Refused ${name}: the sender is not the workbench window.`, userError: false }
        }
      }
      return dispatch(handlers, name, input)
    })
  }
}
