import type { Attributes } from '../../../shared/model'

/** True when two attribute maps hold the same keys with the same values, in any key order. */
export function sameAttributes(a: Attributes, b: Attributes): boolean {
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && a[key] === b[key])
}
