// A report of our own, written after the suggester and never used to tune it, with the quotes and
// figures an analyst would mark under docs/annotation-guidelines.md: a check that the rules carry
// beyond the seed articles they were developed on.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseArticleFile } from '../import/parse-file'
import { suggestArticle } from './suggest-article'

const file = 'held-out.txt'
const parsed = parseArticleFile(file, readFileSync(join(__dirname, 'fixtures', file)))
if (!parsed.ok) throw new Error(parsed.reason)
const { text, publishedDate } = parsed.articles[0]
const found = (kind: 'quote' | 'figure') =>
  suggestArticle(text, { publishedDate, kinds: [kind] }).map((s) => [text.slice(s.start, s.end), s.attributes])

describe('the suggester on a held-out report of our own', () => {
  it('finds every quote with its speaker, including a follow-on quote', () => {
    expect(found('quote')).toEqual([
      ['We found more cracking than the surveys showed', { speaker: 'Marta Quist' }],
      ['Nobody is in danger today, but we cannot wait another winter.', { speaker: 'Marta Quist' }],
      ['They told us the same thing in 2019', { speaker: 'Pieter Valk' }]
    ])
  })

  it('finds every figure with its normalised value, and no bare year', () => {
    expect(found('figure')).toEqual([
      ['$48 million', { value: 48e6, unit: 'USD' }],
      ['$31 million', { value: 31e6, unit: 'USD' }],
      ['at least 14 months', { value: 14, unit: 'months', approximate: true, qualifier: 'at least' }],
      ['About 12,500 households', { value: 12500, unit: 'households', approximate: true, qualifier: 'about' }],
      ['40%', { value: 40, unit: 'percent' }],
      ['April 22', { value: '--04-22', unit: 'date' }],
      ['6 to 8 million litres', { value: 6e6, valueHigh: 8e6, unit: 'litres' }],
      ['nearly three hours', { value: 180, unit: 'minutes', approximate: true, qualifier: 'nearly' }],
      ['9:45 p.m.', { value: '21:45', unit: 'time' }],
      ['2.1 billion euros', { value: 2.1e9, unit: 'EUR' }]
    ])
  })
})
