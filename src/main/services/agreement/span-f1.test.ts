import { describe, expect, it } from 'vitest'
import { exactCounts, f1, overlapCounts } from './span-f1'

const A = [
  { start: 0, end: 5 },
  { start: 10, end: 20 },
  { start: 30, end: 35 }
]
const B = [
  { start: 0, end: 5 },
  { start: 12, end: 18 }
]

describe('span F1', () => {
  it('counts only spans with the same start and end as exact matches', () => {
    // One shared span, found on both sides: 2·1 / (3 + 2).
    expect(f1(exactCounts(A, B))).toBeCloseTo(0.4)
  })

  it('counts spans that overlap any span of the other side as overlap matches', () => {
    // A: 0–5 and 10–20 overlap; B: both overlap. (2 + 2) / (3 + 2).
    expect(f1(overlapCounts(A, B))).toBeCloseTo(0.8)
  })

  it('has no F1 when neither side has a span', () => {
    expect(f1(exactCounts([], []))).toBeNull()
  })

  it('scores a side with spans against an empty side as 0', () => {
    expect(f1(overlapCounts(A, []))).toBe(0)
  })
})
