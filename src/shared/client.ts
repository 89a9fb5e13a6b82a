import type { CallName, WorkbenchApi } from './contract'
import { CallError, type CallResult } from './errors'

/** Sends one call to a host and resolves with what came back (a CallResult envelope). */
export type Transport = (name: CallName, input: unknown) => Promise<CallResult<unknown>>

type Caller = (input: unknown) => Promise<unknown>

function caller(transport: Transport, name: CallName): Caller {
  return async (input: unknown) => {
    const result = await transport(name, input ?? {})
    if (result.ok) return result.value
    throw new CallError(result.error.message, result.error.userError)
  }
}

/**
 * The typed API as a plain object with one function per call name, for the preload (Electron's
 * contextBridge copies an object's own functions). `names` is the contract's `callNames`.
 */
export function createClient(transport: Transport, names: readonly CallName[]): WorkbenchApi {
  const api: Record<string, Caller> = {}
  for (const name of names) api[name] = caller(transport, name)
  return api as unknown as WorkbenchApi
}

/**
 * The same API for browser mode without loading the contract's schemas into the page: any call name
 * the types allow becomes a call, made when first used; the host refuses names it does not know.
 */
export function createLazyClient(transport: Transport): WorkbenchApi {
  const callers = new Map<string, Caller>()
  return new Proxy({} as WorkbenchApi, {
    get(_target, key) {
      // Not a call: symbols, and `then` (so that awaiting the API object does not call the host).
      if (typeof key !== 'string' || key === 'then') return undefined
      let call = callers.get(key)
      if (!call) callers.set(key, (call = caller(transport, key as CallName)))
      return call
    }
  })
}
