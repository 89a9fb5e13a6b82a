import { describe, expect, it } from 'vitest'
import { createClient, createLazyClient, type Transport } from './client'
import { callNames } from './contract'
import { CallError } from './errors'

/** A transport that records each call and answers from `answer`. */
function recording(answer: Transport) {
  const calls: [string, unknown][] = []
  const transport: Transport = (name, input) => {
    calls.push([name, input])
    return answer(name, input)
  }
  return { calls, transport }
}

describe('the contract clients', () => {
  it('the preload client has one function per call of the contract', () => {
    const api = createClient(() => Promise.resolve({ ok: true, value: null }), callNames)
    expect(Object.keys(api).sort()).toEqual([...callNames].sort())
  })

  it('the lazy client sends any call by name and resolves with its value', async () => {
    const { calls, transport } = recording((name) => Promise.resolve({ ok: true, value: `answer of ${name}` }))
    const api = createLazyClient(transport)
    await expect(api.listArticles({ filter: 'x' })).resolves.toBe('answer of listArticles')
    await expect(api.getSession({})).resolves.toBe('answer of getSession')
    expect(calls).toEqual([
      ['listArticles', { filter: 'x' }],
      ['getSession', {}]
    ])
  })

  it('the lazy client raises the host’s message as a CallError', async () => {
    const { transport } = recording(() =>
      Promise.resolve({ ok: false, error: { message: 'There is no article 9.', userError: true } })
    )
    const error = await createLazyClient(transport)
      .getArticle({ id: 9 })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(CallError)
    expect(error).toMatchObject({ message: 'There is no article 9.', userError: true })
  })

  it('awaiting the lazy client itself calls nothing', async () => {
    const { calls, transport } = recording(() => Promise.resolve({ ok: true, value: null }))
    const api = createLazyClient(transport)
    expect(await Promise.resolve(api)).toBe(api)
    expect(calls).toEqual([])
  })
})
