import { describe, expect, it } from 'vitest'
import { suggestArticle } from './suggest-article'

/** The speaker suggested for each quote of `text`, in order. */
const speakers = (text: string) =>
  suggestArticle(text, { kinds: ['quote'] }).map((s) => [text.slice(s.start, s.end), s.attributes.speaker ?? null])

describe('speaker attribution', () => {
  it('reads "X said" after the quote', () => {
    expect(speakers('“The dam will hold,” the chief engineer said.')).toEqual([['The dam will hold', 'chief engineer']])
  })

  it('reads "said X" after the quote, dropping the job title', () => {
    expect(speakers('“We are ready,” said harbour master Ines Alcott.')).toEqual([['We are ready', 'Ines Alcott']])
  })

  it('reads "according to X"', () => {
    expect(speakers('The port will reopen “within days,” according to the Harbour Authority.')).toEqual([
      ['within days', 'Harbour Authority']
    ])
  })

  it('reads "X told …" and "X added" before the quote', () => {
    expect(speakers('Mayor Tomas Reyes told councillors the budget was “tight but fair.”')).toEqual([
      ['tight but fair.', 'Tomas Reyes']
    ])
    expect(speakers('Reyes added, "Nobody will lose their job."')).toEqual([['Nobody will lose their job.', 'Reyes']])
  })

  it('reads a colon lead-in', () => {
    expect(speakers('The minister said: “Nothing is decided.”')).toEqual([['Nothing is decided.', 'minister']])
  })

  it('reads a source through its document: "the ministry’s statement said"', () => {
    expect(speakers('Exports were “stable,” the Trade Ministry’s statement said.')).toEqual([
      ['stable', 'Trade Ministry']
    ])
  })

  it('prefers the attribution of the whole sentence over a verb inside it', () => {
    const text = 'Ortiz told the board that any delay would be a “grave error,” union leader Pia Lund said.'
    expect(speakers(text)).toEqual([['grave error', 'Pia Lund']])
  })

  it('takes the name among appositives: "X, an expert on …, told"', () => {
    const text = '“It will pass,” Ada Moreno, a scholar of ports at the Lisbon Institute, told the paper.'
    expect(speakers(text)).toEqual([['It will pass', 'Ada Moreno']])
  })

  it('resolves a pronoun to the last named speaker', () => {
    const text = 'Harbour master Ines Alcott said the cranes were old. “We patch them weekly,” she said.'
    expect(speakers(text)).toEqual([['We patch them weekly', 'Ines Alcott']])
  })

  it('gives a paragraph that is only a quote the previous quote’s speaker', () => {
    const text = '“Work starts Monday,” said the site manager.\n\n“It ends in May.”'
    expect(speakers(text)).toEqual([
      ['Work starts Monday', 'site manager'],
      ['It ends in May.', 'site manager']
    ])
  })

  it('gives a quote that opens its sentence after another in the paragraph the same speaker', () => {
    const text =
      '“The roof leaked,” curator Ana Sol said. “Now it is dry.” The museum reopens in May with a “fresh look”.'
    expect(speakers(text)).toEqual([
      ['The roof leaked', 'Ana Sol'],
      ['Now it is dry.', 'Ana Sol'],
      ['fresh look', null]
    ])
  })

  it('does not take a conjunction for a speaker: "X said … “…,” and called it …"', () => {
    const text = 'Councillor Ray Lund said ridership was “down by half,” and called the subsidy “a habit.”'
    expect(speakers(text)).toEqual([
      ['down by half', 'Ray Lund'],
      ['a habit.', 'Ray Lund']
    ])
  })

  it('leaves the speaker unknown when the article only predicts the words', () => {
    expect(speakers('The mayor is expected to offer a "fresh start" to traders.')).toEqual([['fresh start', null]])
  })

  it('names the rule that found the speaker in the suggestion’s provenance', () => {
    const [suggestion] = suggestArticle('“Yes,” said the clerk.', { kinds: ['quote'] })
    expect(suggestion.rule).toBe('quote/marks + speaker/said-after')
  })
})
