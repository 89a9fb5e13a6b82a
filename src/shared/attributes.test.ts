import { describe, expect, it } from 'vitest'
import { checkAttributes } from './attributes'
import { formatFigureValue, parseFigureValue } from './attribute-values'

describe('checkAttributes', () => {
  it('accepts a quote speaker and trims it', () => {
    expect(checkAttributes('quote', { speaker: '  Jen Psaki ' })).toEqual({
      ok: true,
      attributes: { speaker: 'Jen Psaki' }
    })
  })

  it('accepts a figure range and rejects one whose high end is below its low end', () => {
    expect(checkAttributes('figure', { value: 60000, valueHigh: 90000, unit: 'troops' }).ok).toBe(true)
    const bad = checkAttributes('figure', { value: 90000, valueHigh: 60000, unit: 'troops' })
    expect(bad).toEqual({ ok: false, problem: expect.stringContaining('range') as string })
  })

  it('keeps a date figure normalised as a string', () => {
    expect(checkAttributes('figure', { value: '--12-30', unit: 'date' })).toEqual({
      ok: true,
      attributes: { value: '--12-30', unit: 'date' }
    })
  })

  it('refuses an unknown claim status and names the field', () => {
    const result = checkAttributes('claim', { status: 'maybe' })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problem).toMatch(/^status:/)
  })

  it('drops empty values so clearing a field removes it', () => {
    expect(checkAttributes('claim', { status: 'disputed', claimant: '' })).toEqual({
      ok: true,
      attributes: { status: 'disputed' }
    })
  })

  it('keeps extra flat fields on a built-in tag while checking its own', () => {
    expect(checkAttributes('quote', { confidence: 0.9, speaker: 'Ushakov' }).ok).toBe(true)
    expect(checkAttributes('quote', { speaker: 42 }).ok).toBe(false)
  })

  it('lets a user-defined tag carry any flat attributes', () => {
    expect(checkAttributes('source', { reliability: 3, named: true }).ok).toBe(true)
  })
})

describe('parseFigureValue', () => {
  it('reads numbers with thousands separators and ranges written three ways', () => {
    expect(parseFigureValue('100,000')).toEqual({ value: 100000 })
    expect(parseFigureValue('60,000 – 90,000')).toEqual({ value: 60000, valueHigh: 90000 })
    expect(parseFigureValue('60000-90000')).toEqual({ value: 60000, valueHigh: 90000 })
    expect(parseFigureValue('60,000 to 90,000')).toEqual({ value: 60000, valueHigh: 90000 })
    expect(parseFigureValue('2.5e9')).toEqual({ value: 2.5e9 })
  })

  it('keeps dates and times as text, and refuses words', () => {
    expect(parseFigureValue('2021-12-30', 'date')).toEqual({ value: '2021-12-30' })
    expect(parseFigureValue('a lot')).toBeNull()
    expect(parseFigureValue('  ')).toEqual({})
  })

  it('formats a range back as the panel shows it', () => {
    expect(formatFigureValue({ value: 60000, valueHigh: 90000 })).toBe('60000–90000')
    expect(formatFigureValue({})).toBe('')
  })
})
