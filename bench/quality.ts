// Scores the suggester against the hand-made gold of the five seed articles (bench/gold/
// seed-gold.json, made under docs/annotation-guidelines.md): precision and recall per kind, and how
// often a found quote's speaker is right. Used by the `quality` bench scenario and its unit test.
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import seedGold from './gold/seed-gold.json'
import type { AttributeValue, Suggestion } from '../src/shared/model'
import { parseArticleFile } from '../src/main/services/import/parse-file'
import { sha256Of } from '../src/main/services/text-hash'
import { suggestArticle } from '../src/main/services/suggest/suggest-article'

export interface GoldSpan {
  kind: 'quote' | 'figure'
  start: number
  end: number
  exact: string
  /** Acceptable forms of the speaker's name; null where the article does not say who spoke. */
  speaker?: string[] | null
  value?: number | string
  valueHigh?: number
  unit?: string
}

export interface GoldArticle {
  file: string
  sha256: string
  spans: GoldSpan[]
}

export interface KindScore {
  gold: number
  found: number
  matched: number
  precision: number
  recall: number
}

export interface QualityReport {
  quote: KindScore
  figure: KindScore
  /** Share of matched quotes whose speaker agrees with the gold (both unknown counts as agreeing). */
  speakerAccuracy: number
  speakerMatched: number
  misses: string[]
}

/**
 * Where the seeds live beside the repository (the bench and the tests run from its root), or
 * WORKBENCH_SEEDS; absent on machines without them.
 */
export const SEED_DIR = resolve(process.env.WORKBENCH_SEEDS ?? join(process.cwd(), '../shared/corpus/seed-articles'))

/** Quote ends may differ by a mark or a comma; more than that is a different span. */
const QUOTE_SLACK = 2

function spanMatches(gold: GoldSpan, found: Suggestion): boolean {
  if (gold.kind !== found.kind) return false
  if (gold.kind === 'quote') {
    return Math.abs(gold.start - found.start) <= QUOTE_SLACK && Math.abs(gold.end - found.end) <= QUOTE_SLACK
  }
  const overlap = gold.start < found.end && found.start < gold.end
  return (
    overlap && gold.value === found.attributes.value && (gold.valueHigh ?? undefined) === found.attributes.valueHigh
  )
}

const STOP = new Set(['the', 'a', 'an', 'one', 'mr', 'mrs', 'ms', 'sir'])
const words = (name: string): string[] =>
  name
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}.]+/u)
    .filter((w) => w && !STOP.has(w))

/** Names agree when one's words end the other's: "Jen Psaki" and "White House Press Secretary Jen Psaki". */
export function sameSpeaker(gold: string[] | null | undefined, found: AttributeValue | undefined): boolean {
  if (!gold || gold.length === 0) return found === undefined || found === null
  if (typeof found !== 'string') return false
  const f = words(found)
  return gold.some((alternative) => {
    const g = words(alternative)
    const [short, long] = g.length <= f.length ? [g, f] : [f, g]
    return short.length > 0 && short.every((w, i) => long[long.length - short.length + i] === w)
  })
}

function score(gold: number, found: number, matched: number): KindScore {
  return {
    gold,
    found,
    matched,
    precision: found ? matched / found : 1,
    recall: gold ? matched / gold : 1
  }
}

/** Loads the gold and the cleaned text of each seed, checking the text is the one the gold was made on. */
export function loadGold(seedDir = SEED_DIR): { article: GoldArticle; text: string; published: string | null }[] {
  const gold = seedGold as { articles: GoldArticle[] }
  return gold.articles.map((article) => {
    const parsed = parseArticleFile(article.file, readFileSync(join(seedDir, article.file)))
    if (!parsed.ok) throw new Error(`${article.file}: ${parsed.reason}`)
    const draft = parsed.articles[0]
    if (sha256Of(draft.text) !== article.sha256) {
      throw new Error(
        `${article.file}: the importer's cleaned text changed since the gold was made; re-anchor the gold`
      )
    }
    return { article, text: draft.text, published: draft.publishedDate }
  })
}

export const haveSeeds = (): boolean => existsSync(SEED_DIR)

/** Runs the suggester over every seed and scores it against the gold. */
export function evaluateQuality(seedDir = SEED_DIR): QualityReport {
  const totals = { quote: [0, 0, 0], figure: [0, 0, 0] }
  let speakersRight = 0
  let speakersChecked = 0
  const misses: string[] = []
  for (const { article, text, published } of loadGold(seedDir)) {
    const found = suggestArticle(text, { publishedDate: published, kinds: ['quote', 'figure'] })
    const unmatched = new Set(found)
    for (const span of article.spans) {
      const match = [...unmatched].find((s) => spanMatches(span, s))
      totals[span.kind][0]++
      if (!match) {
        misses.push(`${article.file.slice(0, 3)} missed ${span.kind} "${span.exact.slice(0, 50)}"`)
        continue
      }
      unmatched.delete(match)
      totals[span.kind][2]++
      if (span.kind === 'quote') {
        speakersChecked++
        if (sameSpeaker(span.speaker, match.attributes.speaker)) speakersRight++
        else
          misses.push(
            `${article.file.slice(0, 3)} speaker of "${span.exact.slice(0, 30)}": ${String(match.attributes.speaker)} ≠ ${span.speaker?.join('/')}`
          )
      }
    }
    for (const s of found) totals[s.kind as 'quote' | 'figure'][1]++
    for (const s of unmatched)
      misses.push(
        `${article.file.slice(0, 3)} extra ${s.kind} "${text.slice(s.start, s.end).slice(0, 50)}" ${JSON.stringify(s.attributes)}`
      )
  }
  return {
    quote: score(totals.quote[0], totals.quote[1], totals.quote[2]),
    figure: score(totals.figure[0], totals.figure[1], totals.figure[2]),
    speakerAccuracy: speakersChecked ? speakersRight / speakersChecked : 1,
    speakerMatched: speakersChecked,
    misses
  }
}
