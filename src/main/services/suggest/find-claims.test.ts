import { describe, expect, it } from 'vitest'
import { CONFIDENCE, suggestArticle } from './suggest-article'
import { findClaims } from './find-claims'

describe('findClaims', () => {
  it('finds a sentence that attributes an assertion, with its claimant', () => {
    const text = 'The river rose overnight. The mayor claimed that the levees had never failed before.'
    const [claim] = findClaims(text)
    expect(text.slice(claim.start, claim.end)).toBe('The mayor claimed that the levees had never failed before.')
    expect(claim.claimant).toBe('mayor')
  })

  it('finds "according to" attributions', () => {
    const text = 'Three ferries were cancelled on the northern route, according to the port authority.'
    expect(findClaims(text).map((c) => c.claimant)).toEqual(['port authority'])
  })

  it('ignores sentences that attribute nothing', () => {
    expect(findClaims('The river rose overnight and the levees held until dawn on the north bank.')).toEqual([])
  })

  it('offers claims with lower confidence than quotes and figures', () => {
    const text = 'Officials said that the river would crest at 12 feet on Tuesday, said the bulletin.'
    const claim = suggestArticle(text).find((s) => s.kind === 'claim')!
    expect(claim.confidence).toBe(CONFIDENCE.claim)
    expect(claim.confidence).toBeLessThan(CONFIDENCE.figure)
  })
})
