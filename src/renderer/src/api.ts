// The renderer's one way to reach main. In Electron the preload provides `window.workbench` over IPC;
// in browser mode the same contract is called over HTTP on the loopback host. The app cannot tell.
import { createLazyClient, type Transport } from '../../shared/client'
import type { WorkbenchApi } from '../../shared/contract'
import type { CallResult } from '../../shared/errors'
import { takeTokenFromAddress } from './app/address'

const TOKEN_KEY = 'workbench-token'

/** The browser-mode access token: taken from the address (#token=…) once, then kept for this tab. */
export function browserToken(): string | null {
  const token = takeTokenFromAddress()
  if (token === null) return sessionStorage.getItem(TOKEN_KEY)
  // Kept for a reload (whose address has no token) once the first calls are on their way: a tab's
  // first use of its storage waits on the browser process (3–27 ms measured as the workbench starts).
  setTimeout(() => sessionStorage.setItem(TOKEN_KEY, token))
  return token
}

function httpTransport(token: string | null): Transport {
  return async (name, input) => {
    const response = await fetch(`/api/call/${name}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token ?? ''}` },
      body: JSON.stringify(input)
    })
    if (response.status === 401) {
      return {
        ok: false,
        error: {
          message: 'This page has no access token: open the URL that `workbench serve` printed.',
          userError: true
        }
      }
    }
    if (!response.ok)
      return { ok: false, error: { message: `The workbench host answered ${response.status}.`, userError: false } }
    return (await response.json()) as CallResult<unknown>
  }
}

export const api: WorkbenchApi = window.workbench ?? createLazyClient(httpTransport(browserToken()))
