import type { Span } from './span-f1'

/** The word tokens of a text (runs of letters and digits), as UTF-16 spans. */
export function wordTokens(text: string): Span[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }))
}

/** A 2×2 table of token labels: both in a span, only A, only B, neither. */
export interface KappaCounts {
  both: number
  onlyA: number
  onlyB: number
  neither: number
}

export const NO_TOKENS: KappaCounts = { both: 0, onlyA: 0, onlyB: 0, neither: 0 }

const inside = (token: Span, spans: Span[]) => spans.some((s) => s.start <= token.start && token.end <= s.end)

/** The table for one article: each token is labelled by whether it lies wholly inside a span. */
export function kappaCounts(tokens: Span[], a: Span[], b: Span[]): KappaCounts {
  const counts = { ...NO_TOKENS }
  for (const token of tokens) {
    const [inA, inB] = [inside(token, a), inside(token, b)]
    if (inA && inB) counts.both++
    else if (inA) counts.onlyA++
    else if (inB) counts.onlyB++
    else counts.neither++
  }
  return counts
}

export function addKappa(x: KappaCounts, y: KappaCounts): KappaCounts {
  return { both: x.both + y.both, onlyA: x.onlyA + y.onlyA, onlyB: x.onlyB + y.onlyB, neither: x.neither + y.neither }
}

/**
 * Cohen's κ = (pₒ − pₑ) / (1 − pₑ) of a pooled table; null when chance agreement is already total
 * (every token labelled alike by both by construction, e.g. nobody used the tag), where κ is undefined.
 */
export function cohenKappa(c: KappaCounts): number | null {
  const n = c.both + c.onlyA + c.onlyB + c.neither
  if (n === 0) return null
  const observed = (c.both + c.neither) / n
  const aYes = (c.both + c.onlyA) / n
  const bYes = (c.both + c.onlyB) / n
  const chance = aYes * bYes + (1 - aYes) * (1 - bYes)
  return chance === 1 ? null : (observed - chance) / (1 - chance)
}
