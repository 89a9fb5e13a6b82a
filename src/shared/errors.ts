/**
 * An error the user caused and can fix (a bad file, an unknown article): its message is written for
 * the analyst and names what is wrong. Anything else thrown is a bug.
 */
export class UserError extends Error {
  override readonly name = 'UserError'
}

/** What crosses from main to renderer for every call: a value, or an error with a message to show. */
export type CallResult<T> = { ok: true; value: T } | { ok: false; error: { message: string; userError: boolean } }

/** The error a client raises when a call fails; `userError` is false for bugs. */
export class CallError extends Error {
  override readonly name = 'CallError'
  constructor(
    message: string,
    readonly userError: boolean
  ) {
    super(message)
  }
}
