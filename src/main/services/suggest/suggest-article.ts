// The suggester: quotes with their speakers, figures with normalised values and claims, for one
// article's cleaned text. Pure: text in, suggestions out, so it runs the same in tests, the CLI, the
// bench and the app.
import type { Attributes, Suggestion, SuggestionKind } from '../../../shared/model'
import { findClaims } from './find-claims'
import { findFigures } from './find-figures'
import { findQuotes } from './find-quotes'
import { paragraphs, sentences, containing, type Bounds } from './sentences'
import { attribute, lastNamedSpeaker } from './speaker-cues'

/** How sure each kind of rule is; claims are deliberately lower (the issue asks for them as hints). */
export const CONFIDENCE = { quoteWithSpeaker: 0.9, quote: 0.75, figure: 0.85, claim: 0.4 } as const

/** How far back a pronoun looks for the speaker it stands for. */
const PRONOUN_WINDOW = 1500

function quoteSuggestions(text: string): Suggestion[] {
  const quotes = findQuotes(text)
  const paras = paragraphs(text)
  const sentencesOf = new Map<number, Bounds[]>()
  let previous: string | null = null
  let previousParagraph = -1
  return quotes.map((quote) => {
    const paragraph = containing(paras, quote.start) ?? { start: 0, end: text.length }
    // The sentence around the quote runs from the one it opens in to the one it closes in, since a
    // quote may hold several sentences of its own.
    const list = sentencesOf.get(paragraph.start) ?? sentences(text, paragraph)
    sentencesOf.set(paragraph.start, list)
    const first = containing(list, quote.open) ?? paragraph
    const last = containing(list, Math.min(quote.close, paragraph.end - 1)) ?? paragraph
    const sentence = { start: first.start, end: Math.max(first.end, last.end) }
    const before = previous
    const lastNamed = () => lastNamedSpeaker(text, Math.max(0, quote.open - PRONOUN_WINDOW), quote.open) ?? before
    const previousInParagraph = previousParagraph === paragraph.start
    const attribution = attribute(quote, {
      text,
      sentence,
      paragraph,
      quotes,
      previous,
      previousInParagraph,
      lastNamed
    })
    previous = attribution?.speaker ?? previous
    previousParagraph = paragraph.start
    const attributes: Attributes = attribution ? { speaker: attribution.speaker } : {}
    return {
      kind: 'quote' as const,
      start: quote.start,
      end: quote.end,
      attributes,
      rule: attribution ? `quote/marks + speaker/${attribution.cue}` : 'quote/marks',
      confidence: attribution ? CONFIDENCE.quoteWithSpeaker : CONFIDENCE.quote
    }
  })
}

export interface SuggestOptions {
  /** The article's publication date (YYYY-MM-DD), which gives bare dates their year. */
  publishedDate?: string | null
  kinds?: readonly SuggestionKind[]
}

/** Every suggestion for an article's text, in reading order. */
export function suggestArticle(text: string, options: SuggestOptions = {}): Suggestion[] {
  const kinds = new Set(options.kinds ?? ['quote', 'figure', 'claim'])
  const result: Suggestion[] = []
  if (kinds.has('quote')) result.push(...quoteSuggestions(text))
  if (kinds.has('figure')) {
    for (const figure of findFigures(text, options.publishedDate ?? null)) {
      result.push({ kind: 'figure', ...figure, confidence: CONFIDENCE.figure })
    }
  }
  if (kinds.has('claim')) {
    for (const claim of findClaims(text)) {
      result.push({
        kind: 'claim',
        start: claim.start,
        end: claim.end,
        attributes: claim.claimant ? { claimant: claim.claimant } : {},
        rule: claim.rule,
        confidence: CONFIDENCE.claim
      })
    }
  }
  return result.sort((a, b) => a.start - b.start || b.end - a.end)
}
