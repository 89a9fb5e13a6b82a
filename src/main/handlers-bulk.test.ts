// The bulk-tagging and suggestion calls through the contract, as the renderer makes them.
import { describe, expect, it } from 'vitest'
import { openDatabase } from './db/connection'
import { createHandlers, dispatch } from './handlers'
import { insertArticle } from './services/corpus'
import { setProfile } from './services/profile'
import { plainDraft } from './services/test-drafts'

function workspace() {
  const db = openDatabase(':memory:')
  setProfile(db, 'Ada')
  const articleId = insertArticle(
    db,
    plainDraft('“We sail at dawn,” said Captain Rui Sousa. Sousa has 40 sailors.'),
    'a.txt',
    '2026-01-01T00:00:00.000Z'
  )
  return { handlers: createHandlers({ db, dataDir: ':memory:' }), articleId }
}

describe('bulk tagging and suggestion calls', () => {
  it('refuse a tag-all request with both a phrase and a regex, as a user error', async () => {
    const { handlers } = workspace()
    const result = await dispatch(handlers, 'previewTagAll', { tag: 'claim', phrase: 'x', regex: 'x', scope: 'corpus' })
    expect(result).toEqual({
      ok: false,
      error: { message: expect.stringMatching(/either a phrase or a regular expression/), userError: true }
    })
  })

  it('report an invalid regex as a user error naming it', async () => {
    const { handlers } = workspace()
    const result = await dispatch(handlers, 'previewTagAll', { tag: 'claim', regex: '(', scope: 'corpus' })
    expect(result).toEqual({
      ok: false,
      error: { message: expect.stringMatching(/^The regular expression \/\(\/ is not a valid/), userError: true }
    })
  })

  it('list, accept and reject suggestions, the accepted one stored with provenance', async () => {
    const { handlers, articleId } = workspace()
    const listed = await dispatch(handlers, 'listSuggestions', { articleId, kinds: ['quote', 'figure'] })
    if (!listed.ok) throw new Error(listed.error.message)
    const [quote, figure] = listed.value as { kind: 'quote' | 'figure'; start: number; end: number }[]
    const accepted = await dispatch(handlers, 'acceptSuggestions', { articleId, suggestions: [quote] })
    expect(accepted.ok).toBe(true)
    const rejected = await dispatch(handlers, 'rejectSuggestions', { articleId, suggestions: [figure] })
    expect(rejected).toEqual({ ok: true, value: [] })
    const stored = await dispatch(handlers, 'listAnnotations', { articleId })
    expect(stored.ok && stored.value).toMatchObject([
      { tag: 'quote', attributes: { speaker: 'Rui Sousa' }, provenance: { acceptedBy: { name: 'Ada' } } }
    ])
  })
})
