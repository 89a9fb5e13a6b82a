import { describe, expect, it } from 'vitest'
import { findFigures } from './find-figures'

const figures = (text: string, published: string | null = null) =>
  findFigures(text, published).map((f) => ({ text: text.slice(f.start, f.end), ...f.attributes }))

describe('findFigures: counts, money and percentages', () => {
  it('reads counts with thousands separators and keeps the counted noun as the unit', () => {
    expect(figures('The war has cost 13,000 lives.')).toEqual([{ text: '13,000 lives', value: 13000, unit: 'lives' }])
  })

  it('marks a count approximate after a cue and records the cue', () => {
    expect(figures('It massed some 100,000 Russian troops near the river.')).toEqual([
      { text: 'some 100,000 Russian troops', value: 100000, unit: 'troops', approximate: true, qualifier: 'some' }
    ])
  })

  it('reads money with a scale word', () => {
    expect(figures('The fund paid out more than $2.5 billion last year.')).toEqual([
      { text: 'more than $2.5 billion', value: 2.5e9, unit: 'USD', approximate: true, qualifier: 'more than' }
    ])
  })

  it('reads named currencies and percentages', () => {
    expect(figures('Prices rose 4.5% after a loan of 300 million euros.')).toEqual([
      { text: '4.5%', value: 4.5, unit: 'percent' },
      { text: '300 million euros', value: 3e8, unit: 'EUR' }
    ])
  })

  it('reads a range with its unit', () => {
    expect(figures('Between them, 60,000 to 90,000 Russian troops waited.')).toEqual([
      { text: '60,000 to 90,000 Russian troops', value: 60000, valueHigh: 90000, unit: 'troops' }
    ])
  })

  it('reads hyphenated counts such as "30-member"', () => {
    expect(figures('The 30-member alliance met.')).toEqual([{ text: '30-member', value: 30, unit: 'members' }])
  })

  it('leaves bare years, small counts in words and references such as "the two leaders" alone', () => {
    expect(figures('In 2014 the two leaders met; since 2015 three sets of talks failed.')).toEqual([])
  })
})

describe('findFigures: durations', () => {
  it('reads "50-minute" and "50 minutes later"', () => {
    expect(figures('A 50-minute call ended 50 minutes later.')).toEqual([
      { text: '50-minute', value: 50, unit: 'minutes' },
      { text: '50 minutes', value: 50, unit: 'minutes' }
    ])
  })

  it('turns hours into minutes, with the approximate cue: "nearly an hour", "about two hours"', () => {
    expect(figures('They spoke for nearly an hour, then about two hours more.')).toEqual([
      { text: 'nearly an hour', value: 60, unit: 'minutes', approximate: true, qualifier: 'nearly' },
      { text: 'about two hours', value: 120, unit: 'minutes', approximate: true, qualifier: 'about' }
    ])
  })

  it('does not read "a day later" as a duration', () => {
    expect(figures('The envoys met a day later.')).toEqual([])
  })
})

describe('findFigures: dates and clock times', () => {
  it('gives a date without a year as --MM-DD', () => {
    expect(figures('They spoke on December 30.')).toEqual([{ text: 'December 30', value: '--12-30', unit: 'date' }])
  })

  it('takes the year the text states, in either order of day and month', () => {
    expect(figures('On 30 December 2021 and on December 31, 2021.')).toEqual([
      { text: '30 December 2021', value: '2021-12-30', unit: 'date' },
      { text: 'December 31, 2021', value: '2021-12-31', unit: 'date' }
    ])
  })

  it('takes the year from the article’s date, choosing the nearest (January after a December report)', () => {
    expect(figures('Talks follow on January 10.', '2021-12-30')).toEqual([
      { text: 'January 10', value: '2022-01-10', unit: 'date' }
    ])
  })

  it('reads ranges of days in both orders as ISO intervals: "January 9-10", "9-10. January"', () => {
    expect(figures('First January 9-10, then 9-10. January again.')).toEqual([
      { text: 'January 9-10', value: '--01-09/--01-10', unit: 'date' },
      { text: '9-10. January', value: '--01-09/--01-10', unit: 'date' }
    ])
  })

  it('reads ordinal days such as "January 13th"', () => {
    expect(figures('scheduled for January 13th.')).toEqual([{ text: 'January 13th', value: '--01-13', unit: 'date' }])
  })

  it('does not read "June 2021" as the 20th of June', () => {
    expect(figures('The summit took place in June 2021.')).toEqual([])
  })

  it('reads clock times into 24 hours with the zone: "3:35 p.m. EST" → 15:35 EST', () => {
    expect(figures('It began at 3:35 p.m. EST, or 3:30 p.m. (8:30 p.m. UTC) by the other count.')).toEqual([
      { text: '3:35 p.m. EST', value: '15:35', unit: 'time', zone: 'EST' },
      { text: '3:30 p.m.', value: '15:30', unit: 'time' },
      { text: '8:30 p.m. UTC', value: '20:30', unit: 'time', zone: 'UTC' }
    ])
  })

  it('counts offsets in UTF-16 units after astral characters', () => {
    const text = '🚢🚢 The 𝔰hip carried 1,200 passengers.'
    const [figure] = findFigures(text)
    expect(text.slice(figure.start, figure.end)).toBe('1,200 passengers')
  })
})
