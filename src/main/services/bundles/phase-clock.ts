/**
 * How long each phase of a bundle import or export took, for the bench's breakdown. Export converts,
 * compresses and reads the corpus article by article, so its phases interleave: `measure` adds each
 * piece of work to its phase's total. Phases must not nest, or the inner time counts twice.
 */
export class PhaseClock {
  readonly totals = new Map<string, number>()

  /** Runs `work` and adds the time it took to `phase`. */
  measure<T>(phase: string, work: () => T): T {
    const start = performance.now()
    try {
      return work()
    } finally {
      this.totals.set(phase, (this.totals.get(phase) ?? 0) + performance.now() - start)
    }
  }
}

/** `work` timed under `phase` when there is a clock, else simply run. */
export function measured<T>(clock: PhaseClock | undefined, phase: string, work: () => T): T {
  return clock ? clock.measure(phase, work) : work()
}
