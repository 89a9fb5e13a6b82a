import { describe, expect, it } from 'vitest'
import { findFullDate, parseDateString } from './detect-date'

describe('findFullDate', () => {
  it.each([
    ['December 30, 2021', '2021-12-30'],
    ['30 December 2021', '2021-12-30'],
    ['London, Thursday, 30 December 2021 -', '2021-12-30'],
    ['Updated Dec. 3, 2021 at noon', '2021-12-03'],
    ['on the 1st of March, 2024', '2024-03-01'],
    ['Published 2021-12-30T18:00:00Z', '2021-12-30'],
    ['Filed 2024/3/5', '2024-03-05']
  ])('reads "%s" as %s', (text, iso) => {
    expect(findFullDate(text)?.iso).toBe(iso)
  })

  it('returns the date that comes first in the text, whatever its form', () => {
    expect(findFullDate('Posted 4 March 2024. The deal of December 30, 2021 still holds.')?.iso).toBe('2024-03-04')
  })

  it('ignores dates without a year, which could be any year', () => {
    expect(findFullDate('The leaders spoke on December 7 and again on 12 January.')).toBeNull()
  })

  it('ignores impossible calendar days and keeps looking', () => {
    expect(findFullDate('On 31 April 2024, nothing. On 30 April 2024, the vote.')?.iso).toBe('2024-04-30')
    expect(findFullDate('Code 2024-13-45 is not a date.')).toBeNull()
  })
})

describe('parseDateString', () => {
  it.each([
    ['2024-03-05', '2024-03-05'],
    ['2024-03-05T23:30:00-05:00', '2024-03-05'],
    ['2024-03-05 08:00', '2024-03-05'],
    ['March 5, 2024', '2024-03-05'],
    ['Tuesday, 5 March 2024', '2024-03-05']
  ])('reads "%s" as %s', (value, iso) => {
    expect(parseDateString(value)).toBe(iso)
  })

  it.each(['yesterday', 'March 2024', 'posted March 5, 2024 by staff', '2024-02-30'])(
    'returns null for "%s", which is not a whole, real date',
    (value) => {
      expect(parseDateString(value)).toBeNull()
    }
  )
})
