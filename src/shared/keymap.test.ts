import { describe, expect, it } from 'vitest'
import { BUILTIN_TAGS } from './model'
import { bindingClash, bindingsFor, chordOf, commandFor } from './keymap'

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

  it('reads Shift+] and Alt+Shift+[ as the span-resizing chords', () => {
    const bindings = bindingsFor(BUILTIN_TAGS)
    expect(commandFor(bindings, key('}', { shiftKey: true }))).toEqual({ kind: 'grow-end' })
    expect(commandFor(bindings, key('{', { shiftKey: true, altKey: true }))).toEqual({ kind: 'grow-start' })
    expect(commandFor(bindings, key('z', { ctrlKey: true }))).toEqual({ kind: 'undo' })
    expect(commandFor(bindings, key('Z', { ctrlKey: true, shiftKey: true }))).toEqual({ kind: 'redo' })
  })

  it('lets the analyst rebind or unbind a command, replacing its default keys', () => {
    const bindings = bindingsFor(BUILTIN_TAGS, { 'next-annotation': 'ArrowDown', 'prev-annotation': '' })
    expect(commandFor(bindings, 'ArrowDown')).toEqual({ kind: 'next-annotation' })
    expect(commandFor(bindings, 'j')).toBeNull()
    expect(commandFor(bindings, 'k')).toBeNull()
  })

  it('names both sides of a clash with a tag key or another command', () => {
    expect(bindingClash(BUILTIN_TAGS, { undo: '2' })).toBe('The key 2 is bound to both the quote tag and “Undo”.')
    expect(bindingClash(BUILTIN_TAGS, { 'next-article': 'j' })).toMatch(
      /j is bound to both “Focus the next annotation”/
    )
    expect(bindingClash(BUILTIN_TAGS, { 'next-article': 'N' })).toBeNull()
  })
})
