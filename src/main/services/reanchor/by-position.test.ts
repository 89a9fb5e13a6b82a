import { describe, expect, it } from 'vitest'
import { quoteAt } from '../../../shared/text-quote'
import { anchorByPosition } from './by-position'

const OLD = 'Kyiv 😀 — Officials said “the 𝔘nion will hold” as troops massed.'
const target = (start: number, end: number) => ({ quote: quoteAt(OLD, start, end), hint: { start, end } })
const span = (text: string, part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length })

describe('anchorByPosition', () => {
  it('keeps the old position when the text after the span changed', () => {
    const { start, end } = span(OLD, '“the 𝔘nion will hold”')
    expect(anchorByPosition(`${OLD} Updated at noon.`, target(start, end))).toEqual({ start, end })
  })

  it('finds nothing when text inserted before the span moved it', () => {
    const { start, end } = span(OLD, '“the 𝔘nion will hold”')
    expect(anchorByPosition(`Breaking: ${OLD}`, target(start, end))).toBeNull()
  })
})
