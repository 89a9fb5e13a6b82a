/** A span in any unit, as long as both sides use the same one. */
export interface Span {
  start: number
  end: number
}

/** Counts behind an F1 between two analysts' spans; pooled by adding them up. */
export interface F1Counts {
  /** Spans of either side that found a partner. */
  matched: number
  /** Spans on both sides together. */
  total: number
}

/** F1 from pooled counts: 2·TP / (|A| + |B|) in its symmetric form; null when there were no spans. */
export function f1(counts: F1Counts): number | null {
  return counts.total === 0 ? null : counts.matched / counts.total
}

/** Exact match: a span of A with the same start and end as one of B counts for both sides. */
export function exactCounts(a: Span[], b: Span[]): F1Counts {
  const keys = new Set(b.map((span) => `${span.start}:${span.end}`))
  const shared = new Set(a.filter((span) => keys.has(`${span.start}:${span.end}`)).map((s) => `${s.start}:${s.end}`))
  const matched =
    a.filter((span) => shared.has(`${span.start}:${span.end}`)).length +
    b.filter((span) => shared.has(`${span.start}:${span.end}`)).length
  return { matched, total: a.length + b.length }
}

const overlaps = (x: Span, y: Span) => x.start < y.end && y.start < x.end

/** Overlap match: each span counts when it overlaps at least one span of the other side. */
export function overlapCounts(a: Span[], b: Span[]): F1Counts {
  const matched =
    a.filter((x) => b.some((y) => overlaps(x, y))).length + b.filter((y) => a.some((x) => overlaps(x, y))).length
  return { matched, total: a.length + b.length }
}
