import { evaluateQuality, haveSeeds, SEED_DIR, type KindScore } from './quality'
import { fig, verdict, type Scenario } from './scenario'

const TARGETS = { quote: 0.95, figure: 0.9, speaker: 0.8 }

const row = (kind: string, score: KindScore, target: number, pass: boolean): string =>
  `${kind.padEnd(7)} P ${fig(score.precision, 3, 6)}  R ${fig(score.recall, 3, 6)}  ` +
  `(${score.matched} of ${score.gold} gold, ${score.found} found)  target ≥ ${target}  ${verdict(pass)}`

/** Issue 4: the suggester against the hand-made gold of the seed articles (bench/gold/seed-gold.json). */
export const qualityScenario: Scenario = {
  name: 'quality',
  title: 'quality: suggester against the gold of the five seed articles',
  async run() {
    if (!haveSeeds()) {
      return { pass: true, data: { skipped: true }, lines: [`skipped: no seed articles at ${SEED_DIR}`] }
    }
    const report = evaluateQuality()
    const quotesPass = report.quote.precision >= TARGETS.quote && report.quote.recall >= TARGETS.quote
    const figuresPass = report.figure.precision >= TARGETS.figure && report.figure.recall >= TARGETS.figure
    const speakersPass = report.speakerAccuracy >= TARGETS.speaker
    return {
      pass: quotesPass && figuresPass && speakersPass,
      data: report,
      lines: [
        row('quotes', report.quote, TARGETS.quote, quotesPass),
        row('figures', report.figure, TARGETS.figure, figuresPass),
        `speaker ${fig(report.speakerAccuracy, 3, 6)} of ${report.speakerMatched} found quotes right  ` +
          `target ≥ ${TARGETS.speaker}  ${verdict(speakersPass)}`,
        ...report.misses.map((miss) => `  · ${miss}`)
      ]
    }
  }
}
