import { describe, expect, it } from 'vitest'
import { cohenKappa, kappaCounts, wordTokens } from './token-kappa'

describe("Cohen's κ over word tokens", () => {
  it('splits text into word tokens, emoji and punctuation left out', () => {
    expect(wordTokens('Kyiv 😀 said: 100,000!').map((t) => 'Kyiv 😀 said: 100,000!'.slice(t.start, t.end))).toEqual([
      'Kyiv',
      'said',
      '100',
      '000'
    ])
  })

  it('computes κ from the 2×2 table of tokens inside each analyst’s spans', () => {
    const text = 'one two three four five six seven eight nine ten'
    const tokens = wordTokens(text)
    const span = (from: string, to: string) => ({ start: text.indexOf(from), end: text.indexOf(to) + to.length })
    const counts = kappaCounts(tokens, [span('one', 'four')], [span('three', 'six')])
    expect(counts).toEqual({ both: 2, onlyA: 2, onlyB: 2, neither: 4 })
    // pₒ = 0.6, pₑ = 0.4·0.4 + 0.6·0.6 = 0.52, κ = 0.08 / 0.48.
    expect(cohenKappa(counts)).toBeCloseTo(1 / 6)
  })

  it('is 1 for identical labels and undefined when chance agreement is total', () => {
    expect(cohenKappa({ both: 3, onlyA: 0, onlyB: 0, neither: 7 })).toBe(1)
    expect(cohenKappa({ both: 0, onlyA: 0, onlyB: 0, neither: 10 })).toBeNull()
  })
})
