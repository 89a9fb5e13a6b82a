import { describe, expect, it } from 'vitest'
import { BUILTIN_TAGS } from '../../../shared/model'
import { bindingsFor, chordOf, commandFor } from './keymap'

const key = (key: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) =>
  chordOf({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods })

describe('the keymap', () => {
  it('binds 1, 2 and 3 to the built-in tags', () => {
    const bindings = bindingsFor(BUILTIN_TAGS)
    expect(commandFor(bindings, key('1'))).toEqual({ kind: 'tag', tag: 'claim' })
    expect(commandFor(bindings, key('2'))).toEqual({ kind: 'tag', tag: 'quote' })
    expect(commandFor(bindings, key('3'))).toEqual({ kind: 'tag', tag: 'figure' })
  })

  it('normalises chords so Ctrl and ⌘ both mean Mod and letters ignore case', () => {
    expect(key('e', { ctrlKey: true, shiftKey: true })).toBe('Mod+Shift+E')
    expect(key('E', { metaKey: true, shiftKey: true })).toBe('Mod+Shift+E')
    expect(key('?', { shiftKey: true })).toBe('?')
    expect(key('Delete')).toBe('Delete')
  })

  it('maps Delete and Backspace to deleting the focused annotation', () => {
    const bindings = bindingsFor(BUILTIN_TAGS)
    expect(commandFor(bindings, 'Delete')).toEqual({ kind: 'delete-annotation' })
    expect(commandFor(bindings, 'Backspace')).toEqual({ kind: 'delete-annotation' })
  })

  it('gives no chord two commands', () => {
    const chords = bindingsFor(BUILTIN_TAGS).flatMap((binding) => binding.keys)
    expect(new Set(chords).size).toBe(chords.length)
  })
})
