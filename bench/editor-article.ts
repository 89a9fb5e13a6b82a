// The editor benchmark's article: about 20,000 words of generated news prose (with astral characters:
// flags, emoji with skin tones, mathematical letters) and the spans the bench stores on it before the
// article is opened, some of them nested in or crossing others, plus the fresh word ranges the bench
// tags by key. Everything comes from one seed, so each run measures the same article and spans.
import { prng } from './generate'

/** A tagged (or to-be-tagged) range of the article, in UTF-16 code units like stored annotations. */
export interface EditorSpan {
  tag: string
  start: number
  end: number
}

export interface EditorArticle {
  title: string
  text: string
  words: number
  /** Stored before the article opens: disjoint spans, then `overlapping` spans over some of them. */
  spans: EditorSpan[]
  /** How many of `spans` were laid over another span (nested in it, or crossing its end). */
  overlapping: number
  /** Word ranges no span touches, to select and tag by key; in a random order across the article. */
  targets: EditorSpan[]
}

export interface EditorArticleOptions {
  words: number
  spans: number
  overlapping: number
  targets: number
  seed: number
}

export const EDITOR_ARTICLE: EditorArticleOptions = {
  words: 20_000,
  spans: 2_000,
  overlapping: 300,
  targets: 200,
  seed: 2021
}

export const TAGS = ['claim', 'quote', 'figure'] as const

const VOCABULARY = (
  'the envoy said negotiators would meet again next week after a long call in which both leaders ' +
  'restated positions on troop numbers near the frontier while markets fell 2.4% and officials in ' +
  'three capitals warned that sanctions worth $1.5bn were ready if talks stalled a spokeswoman ' +
  'described the exchange as frank and businesslike though observers counted 175,000 soldiers'
).split(' ')

/** Astral tokens: each is one or more characters outside the Basic Multilingual Plane. */
const ASTRAL = ['🇺🇦', '🇷🇺', '📈', '🤝🏽', '𝑥', '🗞️', '🌍']

interface Word {
  start: number
  end: number
  paragraph: number
}

/** The article text as paragraphs separated by blank lines, and where each word of it lies. */
function writeText(random: () => number, wordCount: number): { text: string; words: Word[] } {
  const words: Word[] = []
  let text = ''
  for (let paragraph = 0; words.length < wordCount; paragraph++) {
    if (paragraph > 0) text += '\n\n'
    const sentences = 3 + Math.floor(random() * 4)
    for (let s = 0; s < sentences && words.length < wordCount; s++) {
      const length = Math.min(8 + Math.floor(random() * 13), wordCount - words.length)
      for (let w = 0; w < length; w++) {
        if (s > 0 || w > 0) text += ' '
        let word =
          random() < 0.03
            ? ASTRAL[Math.floor(random() * ASTRAL.length)]
            : VOCABULARY[Math.floor(random() * VOCABULARY.length)]
        if (w === 0) word = word[0].toUpperCase() + word.slice(1)
        // A word's range leaves out the full stop after it, as the app trims a selection's punctuation.
        words.push({ start: text.length, end: text.length + word.length, paragraph })
        text += w === length - 1 ? `${word}.` : word
      }
    }
  }
  return { text, words }
}

/** Shuffles a copy of `items` with the seeded generator (Fisher–Yates). */
function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items]
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[copy[i], copy[j]] = [copy[j], copy[i]]
  }
  return copy
}

/** A word range [first, last] (word indexes, inclusive). */
type WordRange = [number, number]

/**
 * One segment of 1–4 words in each block of the word list, never in the block's last word, and never
 * across a paragraph: so segments are disjoint and every one is followed by at least one free word.
 */
function layOutSegments(words: readonly Word[], count: number, random: () => number): WordRange[] {
  const block = Math.floor(words.length / count)
  const segments: WordRange[] = []
  for (let b = 0; b < count; b++) {
    const length = 1 + Math.floor(random() * 4)
    const first = b * block + Math.floor(random() * (block - length))
    let last = first + length - 1
    while (words[last].paragraph !== words[first].paragraph) last--
    segments.push([first, last])
  }
  return segments
}

const otherTag = (tag: string, random: () => number): string => {
  const others = TAGS.filter((t) => t !== tag)
  return others[Math.floor(random() * others.length)]
}

/**
 * A span over `base`: alternately nested inside it (a sub-range of its words, when it has two or
 * more) or crossing its end (from one of its words to the free word after it). Null when `base`
 * allows neither shape.
 */
function overlapOf(base: WordRange, words: readonly Word[], nested: boolean, random: () => number): WordRange | null {
  const [first, last] = base
  if (nested && last > first) {
    const from = first + Math.floor(random() * (last - first))
    return [from, from + Math.floor(random() * (last - from + 1))]
  }
  const next = words[last + 1]
  if (!nested && next && next.paragraph === words[last].paragraph) {
    return [first + Math.floor(random() * (last - first + 1)), last + 1]
  }
  return null
}

/** The benchmark's article and spans; the same options give the same article, byte for byte. */
export function generateEditorArticle(options: EditorArticleOptions = EDITOR_ARTICLE): EditorArticle {
  const random = prng(options.seed)
  const { text, words } = writeText(random, options.words)
  const disjoint = options.spans - options.overlapping
  const segments = shuffled(layOutSegments(words, disjoint + options.targets, random), random)
  const toSpan = ([first, last]: WordRange, tag: string): EditorSpan => ({
    tag,
    start: words[first].start,
    end: words[last].end
  })
  const pickTag = () => TAGS[Math.floor(random() * TAGS.length)]
  const targets = segments.slice(0, options.targets).map((segment) => toSpan(segment, pickTag()))
  const bases = segments.slice(options.targets).map((segment) => ({ segment, tag: pickTag() }))
  const spans = bases.map(({ segment, tag }) => toSpan(segment, tag))
  for (const base of shuffled(bases, random)) {
    if (spans.length === options.spans) break
    const over = overlapOf(base.segment, words, spans.length % 2 === 0, random)
    if (over) spans.push(toSpan(over, otherTag(base.tag, random)))
  }
  if (spans.length !== options.spans) throw new Error(`editor bench: only ${spans.length} spans could be laid out`)
  spans.sort((a, b) => a.start - b.start || b.end - a.end)
  return {
    title: 'Editor bench: talks on border tensions',
    text,
    words: words.length,
    spans,
    overlapping: options.overlapping,
    targets
  }
}
