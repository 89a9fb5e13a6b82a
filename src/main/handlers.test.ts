import { describe, expect, it } from 'vitest'
import { callNames, contract } from '../shared/contract'
import { openDatabase } from './db/connection'
import { createHandlers, dispatch } from './handlers'

const workspace = () => ({ db: openDatabase(':memory:'), dataDir: ':memory:' })

describe('the contract and its dispatcher', () => {
  it('implement every call the contract declares, and no other', () => {
    expect(Object.keys(createHandlers(workspace())).sort()).toEqual([...callNames].sort())
    expect(callNames.length).toBe(Object.keys(contract).length)
  })

  it('reject input that does not match the schema with a message naming the field', async () => {
    const handlers = createHandlers(workspace())
    const result = await dispatch(handlers, 'createAnnotation', { articleId: 'one', tag: 'claim', start: 0, end: 1 })
    expect(result).toEqual({ ok: false, error: { message: expect.stringMatching(/articleId/), userError: true } })
  })

  it('refuse an unknown call', async () => {
    const result = await dispatch(createHandlers(workspace()), 'dropTables', {})
    expect(result.ok).toBe(false)
  })

  it('turn a user error into a message, not a crash', async () => {
    const result = await dispatch(createHandlers(workspace()), 'getArticle', { id: 42 })
    expect(result).toEqual({ ok: false, error: { message: 'There is no article 42 in this corpus.', userError: true } })
  })

  it('ask for the analyst name before the first annotation', async () => {
    const handlers = createHandlers(workspace())
    const imported = await dispatch(handlers, 'importFiles', {
      files: [
        { name: 'a.txt', base64: Buffer.from('Headline here\n\nSome body text of the article.').toString('base64') }
      ]
    })
    expect(imported.ok).toBe(true)
    const result = await dispatch(handlers, 'createAnnotation', { articleId: 1, tag: 'claim', start: 0, end: 4 })
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringMatching(/analyst name/) } })
    await dispatch(handlers, 'setProfile', { name: 'Ada' })
    const second = await dispatch(handlers, 'createAnnotation', { articleId: 1, tag: 'claim', start: 0, end: 4 })
    expect(second).toMatchObject({
      ok: true,
      value: { changes: [{ before: null, after: { creator: { name: 'Ada' } } }] }
    })
  })
})
