import { benchBulk } from './bulk-bench'
import { fig, verdict, type Scenario } from './scenario'

const count = Number(process.env.BENCH_ARTICLES ?? 10_000)
/**
 * A common two-word phrase of the generated text: in about half the articles, about 0.75 times per
 * article. (A single word of the generator's small vocabulary occurs ten times in every article:
 * 110,000 spans at ~110 µs each, which is the insert and the undo record, not the search; try it
 * with BENCH_PHRASE=border.)
 */
const PHRASE = process.env.BENCH_PHRASE ?? 'the border'
const TARGETS = { tagAllSeconds: 5, suggestPerSecond: 500 }

/** Issue 4: tag all matches of a common phrase over the corpus, and the suggester over it. */
export const bulkScenario: Scenario = {
  name: 'bulk',
  title: `bulk: tag all matches of "${PHRASE}" and run the suggester over ${count} generated articles`,
  async run() {
    const r = benchBulk(count, PHRASE)
    const tagPass = r.tagAllSeconds <= TARGETS.tagAllSeconds
    const suggestPass = r.suggestPerSecond >= TARGETS.suggestPerSecond
    return {
      pass: tagPass && suggestPass,
      data: r,
      lines: [
        `tag all (preview + apply) ${fig(r.tagAllSeconds, 2)} s for ${r.matches} matches  target ≤ ${TARGETS.tagAllSeconds} s  ${verdict(tagPass)}`,
        `  preview alone           ${fig(r.previewSeconds, 2)} s  (${fig((r.tagAllSeconds / Math.max(1, r.matches)) * 1e6, 0, 4)} µs per tagged span overall)`,
        `  the step undone         ${fig(r.undoSeconds, 2)} s, redone ${fig(r.redoSeconds, 2)} s`,
        `  indexOf scan (base)     ${fig(r.indexOfSeconds, 2)} s`,
        `suggester                 ${fig(r.suggestPerSecond)} articles/s (${r.suggestions} suggestions)  target ≥ ${TARGETS.suggestPerSecond}  ${verdict(suggestPass)}`,
        `  one regex pass (base)   ${fig(r.regexPassPerSecond)} articles/s`
      ]
    }
  }
}
