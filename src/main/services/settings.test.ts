import { describe, expect, it } from 'vitest'
import { openDatabase } from '../db/connection'
import { createHandlers, dispatch } from '../handlers'
import { insertArticle } from './corpus'
import { getLastArticle, getSnapToWords, setLastArticle, setSnapToWords } from './settings'
import { plainDraft } from './test-drafts'

function corpus() {
  const db = openDatabase(':memory:')
  const at = '2026-01-01T00:00:00.000Z'
  const first = insertArticle(db, plainDraft('Moscow and Washington', 'First'), 'a.txt', at)
  const second = insertArticle(db, plainDraft('Kyiv and Warsaw', 'Second'), 'b.txt', at)
  return { db, first, second }
}

describe('the last article the analyst had open', () => {
  it('is none in a fresh corpus', () => {
    expect(getLastArticle(corpus().db)).toBeNull()
  })

  it('is the one recorded last, and none once cleared', () => {
    const { db, first, second } = corpus()
    setLastArticle(db, first)
    setLastArticle(db, second)
    expect(getLastArticle(db)).toBe(second)
    setLastArticle(db, null)
    expect(getLastArticle(db)).toBeNull()
  })

  it('refuses an article the corpus does not hold, keeping the one recorded', () => {
    const { db, first } = corpus()
    setLastArticle(db, first)
    expect(() => setLastArticle(db, 999)).toThrow('There is no article 999 in this corpus.')
    expect(getLastArticle(db)).toBe(first)
  })

  it('is none once that article has left the corpus, so the workbench starts at the list', () => {
    const { db, first } = corpus()
    setLastArticle(db, first)
    db.prepare('DELETE FROM article WHERE id = ?').run(first)
    expect(getLastArticle(db)).toBeNull()
  })

  it('comes with the session, as main answers the renderer', async () => {
    const { db, second } = corpus()
    const handlers = createHandlers({ db, dataDir: ':memory:' })
    expect(await dispatch(handlers, 'setLastArticle', { id: second })).toEqual({ ok: true, value: null })
    expect(await dispatch(handlers, 'getSession', {})).toMatchObject({ ok: true, value: { lastArticleId: second } })
  })
})

describe('snapping selections to whole words', () => {
  it('is on in a new corpus, and stays as the analyst sets it, through the session', async () => {
    const db = openDatabase(':memory:')
    const handlers = createHandlers({ db, dataDir: ':memory:' })
    expect(getSnapToWords(db)).toBe(true)
    await dispatch(handlers, 'setSnapToWords', { on: false })
    const session = await dispatch(handlers, 'getSession', {})
    expect(session).toMatchObject({ ok: true, value: { snapToWords: false } })
    setSnapToWords(db, true)
    expect(getSnapToWords(db)).toBe(true)
  })
})
