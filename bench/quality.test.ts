// The suggester against the hand-made gold of the five seed articles. The seeds are not ours to
// ship, so this skips, saying why, where they are absent.
import { describe, expect, it } from 'vitest'
import { evaluateQuality, haveSeeds, sameSpeaker, SEED_DIR } from './quality'

if (!haveSeeds()) console.warn(`skipping the suggester's quality test: no seed articles at ${SEED_DIR}`)

describe.skipIf(!haveSeeds())('the suggester on the seed articles', () => {
  it('meets the targets: quotes P and R ≥ 0.95, figures P and R ≥ 0.90, speakers right for ≥ 80 % of found quotes', () => {
    const report = evaluateQuality()
    expect(report.quote.precision).toBeGreaterThanOrEqual(0.95)
    expect(report.quote.recall).toBeGreaterThanOrEqual(0.95)
    expect(report.figure.precision).toBeGreaterThanOrEqual(0.9)
    expect(report.figure.recall).toBeGreaterThanOrEqual(0.9)
    expect(report.speakerAccuracy).toBeGreaterThanOrEqual(0.8)
  })
})

describe('sameSpeaker', () => {
  it('accepts a name that ends the other and ignores articles and titles such as Mr', () => {
    expect(sameSpeaker(['Jen Psaki'], 'White House Press Secretary Jen Psaki')).toBe(true)
    expect(sameSpeaker(['Yuri Ushakov'], 'Mr Ushakov')).toBe(true)
    expect(sameSpeaker(['senior U.S. official'], 'the senior U.S. official')).toBe(true)
  })

  it('rejects a different person and a guess where the article names nobody', () => {
    expect(sameSpeaker(['Putin'], 'Biden')).toBe(false)
    expect(sameSpeaker(null, 'Biden')).toBe(false)
    expect(sameSpeaker(null, undefined)).toBe(true)
  })
})
