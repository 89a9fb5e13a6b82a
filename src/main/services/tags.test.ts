import { describe, expect, it } from 'vitest'
import { openDatabase } from '../db/connection'
import { createAnnotation, listAnnotations } from './annotations'
import { insertArticle } from './corpus'
import { setProfile } from './profile'
import { getKeyBindings, setKeyBindings } from './settings'
import { createTag, deleteTag, updateTag } from './tags'
import { plainDraft } from './test-drafts'

function corpus() {
  const db = openDatabase(':memory:')
  const analyst = setProfile(db, 'Ada')
  const articleId = insertArticle(db, plainDraft('Moscow and Washington'), 'a.txt', '2026-01-01T00:00:00.000Z')
  return { db, analyst, articleId }
}

describe('user-defined tags', () => {
  it('are added after the built-in three with their own key and colour', () => {
    const { db } = corpus()
    const tags = createTag(db, { name: 'place', label: 'Place', color: '#7c3aed', key: '4' })
    expect(tags.map((t) => t.name)).toEqual(['claim', 'quote', 'figure', 'place'])
    expect(tags[3]).toEqual({ name: 'place', label: 'Place', color: '#7c3aed', key: '4', builtin: false })
  })

  it('refuse a key another tag already uses, naming that tag', () => {
    const { db } = corpus()
    expect(() => createTag(db, { name: 'place', label: 'Place', color: '#7c3aed', key: '2' })).toThrow(
      'The key "2" already tags Quote; choose another key.'
    )
    expect(() => createTag(db, { name: 'place', label: 'Place', color: '#7c3aed', key: 'j' })).toThrow(
      'The key j is bound to both the place tag and “Focus the next annotation”.'
    )
  })

  it('can be renamed and recoloured while their annotations keep pointing at them', () => {
    const { db, analyst, articleId } = corpus()
    createTag(db, { name: 'place', label: 'Place', color: '#7c3aed', key: '4' })
    createAnnotation(db, analyst, { articleId, tag: 'place', start: 0, end: 6 })
    const tags = updateTag(db, 'place', { label: 'Location', color: '#0000ff' })
    expect(tags[3]).toMatchObject({ name: 'place', label: 'Location', color: '#0000ff' })
    expect(listAnnotations(db, articleId)[0].tag).toBe('place')
  })

  it('in use cannot be deleted without saying what happens to their annotations', () => {
    const { db, analyst, articleId } = corpus()
    createTag(db, { name: 'place', label: 'Place', color: '#7c3aed', key: '4' })
    createAnnotation(db, analyst, { articleId, tag: 'place', start: 0, end: 6 })
    createAnnotation(db, analyst, { articleId, tag: 'place', start: 11, end: 21 })
    expect(() => deleteTag(db, 'place', {})).toThrow('Place is used by 2 annotations')
    deleteTag(db, 'place', { annotations: 'retag', retagAs: 'claim' })
    expect(listAnnotations(db, articleId).map((a) => a.tag)).toEqual(['claim', 'claim'])
  })

  it('delete their annotations with them when the analyst says so; built-in tags stay', () => {
    const { db, analyst, articleId } = corpus()
    createTag(db, { name: 'place', label: 'Place', color: '#7c3aed', key: '4' })
    createAnnotation(db, analyst, { articleId, tag: 'place', start: 0, end: 6 })
    expect(deleteTag(db, 'place', { annotations: 'delete' }).map((t) => t.name)).toEqual(['claim', 'quote', 'figure'])
    expect(listAnnotations(db, articleId)).toEqual([])
    expect(() => deleteTag(db, 'quote', {})).toThrow('built-in')
  })
})

describe('key bindings', () => {
  it('are kept in the corpus and refused when they clash or name no command', () => {
    const { db } = corpus()
    setKeyBindings(db, { 'next-annotation': 'ArrowDown' })
    expect(getKeyBindings(db)).toEqual({ 'next-annotation': 'ArrowDown' })
    expect(() => setKeyBindings(db, { undo: '1' })).toThrow('The key 1 is bound to both the claim tag and “Undo”.')
    expect(() => setKeyBindings(db, { fly: 'f' })).toThrow('There is no command "fly"')
    expect(getKeyBindings(db)).toEqual({ 'next-annotation': 'ArrowDown' })
  })
})
