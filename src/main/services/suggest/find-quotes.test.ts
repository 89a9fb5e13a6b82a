import { describe, expect, it } from 'vitest'
import { findQuotes } from './find-quotes'

const quoted = (text: string): string[] => findQuotes(text).map((q) => text.slice(q.start, q.end))

describe('findQuotes', () => {
  it('finds text between curly double quotes, without the marks or a trailing comma', () => {
    expect(quoted('“We will reopen the port,” the mayor said.')).toEqual(['We will reopen the port'])
  })

  it('finds text between straight double quotes and keeps apostrophes inside', () => {
    expect(quoted('She said the harbour "can\'t wait for Ukraine\'s grain." Then she left.')).toEqual([
      "can't wait for Ukraine's grain."
    ])
  })

  it('pairs a curly opening mark with a straight closing one', () => {
    expect(quoted('He promised “steady support for the council," officials said.')).toEqual([
      'steady support for the council'
    ])
  })

  it('keeps a quote of several sentences whole', () => {
    expect(quoted('“The ferry is late. The bridge is shut. We wait,” the pilot said.')).toEqual([
      'The ferry is late. The bridge is shut. We wait'
    ])
  })

  it('finds several quotes in one paragraph, including one-word scare quotes', () => {
    expect(quoted('The plan was “bold” and “overdue”, said the clerk.')).toEqual(['bold', 'overdue'])
  })

  it('continues a quote that runs into a paragraph which opens with a mark', () => {
    const text = '“The first paragraph ends open.\n“And the second closes,” she said.'
    expect(quoted(text)).toEqual(['The first paragraph ends open.\n“And the second closes'])
  })

  it('ignores a stray mark that never closes', () => {
    expect(quoted('The sign read “closed for the season.\nNext paragraph.')).toEqual([])
  })

  it('skips quoted names of things such as a conference', () => {
    expect(quoted('Delegates met under the "human dimension" conference in the autumn.')).toEqual([])
  })

  it('counts offsets in UTF-16 units past emoji and other astral characters', () => {
    const text = '🇺🇦 𝒜 fan wrote “we 🎉 won” today.'
    const [quote] = findQuotes(text)
    expect(text.slice(quote.start, quote.end)).toBe('we 🎉 won')
    expect(quote.start).toBe(text.indexOf('we'))
  })
})
