import { callNames, type CallName, type WorkbenchApi } from './contract'
import { CallError, type CallResult } from './errors'

/** Sends one call to a host and resolves with what came back (a CallResult envelope). */
export type Transport = (name: CallName, input: unknown) => Promise<CallResult<unknown>>

/** Builds the typed API from a transport; used by the preload (IPC) and by browser mode (HTTP). */
export function createClient(transport: Transport): WorkbenchApi {
  const api: Record<string, (input: unknown) => Promise<unknown>> = {}
  for (const name of callNames) {
    api[name] = async (input: unknown) => {
      const result = await transport(name, input ?? {})
      if (result.ok) return result.value
      throw new CallError(result.error.message, result.error.userError)
    }
  }
  return api as unknown as WorkbenchApi
}
