// Pairs two analysts' spans on one article for adjudication: the same span, overlapping spans, the
// same span under another tag, and the spans only one of them has. Offsets are whatever unit both
// sides share (the corpus's UTF-16 code units); nothing here reads the text.
import type { Attributes } from '../../../shared/model'

/** A span one analyst tagged, as the pairing sees it. */
export interface TaggedSpan {
  id: string
  tag: string
  start: number
  end: number
  attributes: Attributes
}

/**
 * How a pair's two spans relate: `exact` same tag and extent; `overlap` same tag, extents that share
 * at least one unit; `retag` same extent under different tags; `only-a` / `only-b` one side alone.
 */
export type PairMatch = 'exact' | 'overlap' | 'retag' | 'only-a' | 'only-b'

export interface SpanPair<T extends TaggedSpan> {
  match: PairMatch
  a: T | null
  b: T | null
  /** Nothing to adjudicate: same tag, same extent and the same attributes (notes are each analyst's own). */
  agreed: boolean
}

const extentKey = (span: TaggedSpan): string => `${span.start}:${span.end}`

/** Attributes equal as values, whatever the order of their keys. */
export function sameAttributes(x: Attributes, y: Attributes): boolean {
  const keys = Object.keys(x)
  return keys.length === Object.keys(y).length && keys.every((key) => Object.hasOwn(y, key) && x[key] === y[key])
}

/** Share of the two extents that they have in common (intersection over union), 0 when disjoint. */
function overlapShare(x: TaggedSpan, y: TaggedSpan): number {
  const common = Math.min(x.end, y.end) - Math.max(x.start, y.start)
  return common <= 0 ? 0 : common / (Math.max(x.end, y.end) - Math.min(x.start, y.start))
}

/**
 * Pairs spans of the same extent one to one: first the pairs `prefer` likes (same attributes, say),
 * so that of two duplicates the matching one pairs, then any. Returns the pairs and removes the
 * paired spans from the lists.
 */
function pairSameExtent<T extends TaggedSpan>(a: T[], b: T[], prefer: (x: T, y: T) => boolean): [T, T][] {
  const byExtent = new Map<string, T[]>()
  for (const span of b) {
    const key = extentKey(span)
    const list = byExtent.get(key)
    if (list) list.push(span)
    else byExtent.set(key, [span])
  }
  const pairs: [T, T][] = []
  const unpaired: T[] = []
  for (const x of a) {
    const candidates = byExtent.get(extentKey(x)) ?? []
    const index = candidates.findIndex((y) => prefer(x, y))
    if (index >= 0) pairs.push([x, candidates.splice(index, 1)[0]])
    else unpaired.push(x)
  }
  for (const x of unpaired) {
    const y = byExtent.get(extentKey(x))?.shift()
    if (y) pairs.push([x, y])
  }
  removePaired(a, b, pairs)
  return pairs
}

/**
 * Every pair of an A span and a B span that share at least one unit, with their similarity. A sweep
 * over both lists in order of start: a B span leaves the active set once an A span starts after its
 * end, so the work is the spans plus the overlapping pairs, not every pair.
 */
function overlappingPairs<T extends TaggedSpan>(a: readonly T[], b: readonly T[]) {
  const byStart = (x: T, y: T) => x.start - y.start
  const sortedB = [...b].sort(byStart)
  const candidates: { x: T; y: T; share: number }[] = []
  let active: T[] = []
  let next = 0
  for (const x of [...a].sort(byStart)) {
    while (next < sortedB.length && sortedB[next].start < x.end) active.push(sortedB[next++])
    active = active.filter((y) => y.end > x.start)
    for (const y of active) if (y.start < x.end) candidates.push({ x, y, share: overlapShare(x, y) })
  }
  return candidates
}

/**
 * Pairs overlapping spans one to one, the most similar first (by intersection over union), so that
 * one long span of A overlapping two short ones of B pairs with the closer one and leaves the other
 * alone.
 */
function pairOverlapping<T extends TaggedSpan>(a: T[], b: T[]): [T, T][] {
  const candidates = overlappingPairs(a, b)
  candidates.sort((p, q) => q.share - p.share || p.x.start - q.x.start || p.y.start - q.y.start)
  const used = new Set<T>()
  const pairs: [T, T][] = []
  for (const { x, y } of candidates) {
    if (used.has(x) || used.has(y)) continue
    used.add(x).add(y)
    pairs.push([x, y])
  }
  removePaired(a, b, pairs)
  return pairs
}

function removePaired<T>(a: T[], b: T[], pairs: readonly [T, T][]): void {
  const paired = new Set(pairs.flat())
  const keep = (list: T[]) => list.splice(0, list.length, ...list.filter((span) => !paired.has(span)))
  keep(a)
  keep(b)
}

const byTag = <T extends TaggedSpan>(spans: readonly T[]): Map<string, T[]> => {
  const groups = new Map<string, T[]>()
  for (const span of spans) {
    const group = groups.get(span.tag)
    if (group) group.push(span)
    else groups.set(span.tag, [span])
  }
  return groups
}

/** Reading order of pairs: by the first start of either side, the longer first, then by tag. */
function pairOrder<T extends TaggedSpan>(p: SpanPair<T>, q: SpanPair<T>): number {
  const start = (pair: SpanPair<T>) => Math.min(pair.a?.start ?? Infinity, pair.b?.start ?? Infinity)
  const end = (pair: SpanPair<T>) => Math.max(pair.a?.end ?? -Infinity, pair.b?.end ?? -Infinity)
  const tag = (pair: SpanPair<T>) => (pair.a ?? pair.b)!.tag
  return start(p) - start(q) || end(q) - end(p) || tag(p).localeCompare(tag(q))
}

/**
 * Every span of A and of B, each in exactly one pair: per tag the exact matches, then the overlapping
 * ones; then spans of the same extent under different tags; the rest alone. In reading order.
 */
export function pairSpans<T extends TaggedSpan>(spansA: readonly T[], spansB: readonly T[]): SpanPair<T>[] {
  const pairs: SpanPair<T>[] = []
  const restA: T[] = []
  const restB: T[] = []
  const groupsB = byTag(spansB)
  for (const [tag, groupA] of byTag(spansA)) {
    const a = [...groupA]
    const b = [...(groupsB.get(tag) ?? [])]
    groupsB.delete(tag)
    for (const [x, y] of pairSameExtent(a, b, (p, q) => sameAttributes(p.attributes, q.attributes)))
      pairs.push({ match: 'exact', a: x, b: y, agreed: sameAttributes(x.attributes, y.attributes) })
    for (const [x, y] of pairOverlapping(a, b)) pairs.push({ match: 'overlap', a: x, b: y, agreed: false })
    restA.push(...a)
    restB.push(...b)
  }
  for (const group of groupsB.values()) restB.push(...group)
  for (const [x, y] of pairSameExtent(restA, restB, () => true))
    pairs.push({ match: 'retag', a: x, b: y, agreed: false })
  for (const x of restA) pairs.push({ match: 'only-a', a: x, b: null, agreed: false })
  for (const y of restB) pairs.push({ match: 'only-b', a: null, b: y, agreed: false })
  return pairs.sort(pairOrder)
}
