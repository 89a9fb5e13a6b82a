// Removes page furniture (see furniture-rules.ts) from scraped text, line by line, and tidies the
// blank lines left behind. Kept lines stay exactly as written apart from trailing whitespace, so an
// analyst's quote matches the article character for character.

import type { RemovedSegment } from '../../../shared/model'
import { matchFurnitureRule, outletNamedBy } from './furniture-rules'

export interface CleanedText {
  /** The text without furniture: paragraphs separated by one blank line, no surrounding whitespace. */
  text: string
  removed: RemovedSegment[]
  /** The publisher named by removed boilerplate ("RFE/RL journalists report…"), or null. */
  publisher: string | null
}

// Bullets and list numbers that scraped navigation keeps in front of its links ("  • Share to or",
// "1. Skip to content"). They are set aside only to test a line against the rules; a kept line keeps them.
const LEADING_JUNK = /^\s*(?:[•·▪◦‣●■►➤*–—-]\s*|\d{1,2}[.)]\s+)?/u

// A teaser is a headline: short and without an end stop. Anything longer or ending like a sentence is
// article text that happens to follow a promo link, and stays.
const MAX_TEASER_LENGTH = 200
const SENTENCE_END = /[.!?…"”’»]$/u

/**
 * Returns the text without lines that match a furniture rule, without a line that repeats the line
 * directly above it, and without the teaser after a promo link; runs of blank lines collapse to one
 * blank line and the whole text is trimmed. Each removal is listed with its reason, in text order.
 */
export function cleanFurniture(rawText: string): CleanedText {
  const kept: string[] = []
  const removed: RemovedSegment[] = []
  let publisher: string | null = null
  let expectTeaser = false
  let lineAbove: string | null = null

  for (const line of rawText.split('\n')) {
    const trimmed = line.trimEnd()
    if (trimmed.trimStart() === '') {
      kept.push('')
      lineAbove = null
      continue
    }
    const core = trimmed.replace(LEADING_JUNK, '').trim()
    const remove = (reason: string): void => {
      removed.push({ text: line.trim(), reason })
    }

    if (expectTeaser) {
      expectTeaser = false
      if (isTeaser(core) && matchFurnitureRule(core) === null) {
        remove('promo teaser')
        continue
      }
    }
    const rule = matchFurnitureRule(core)
    if (rule !== null) {
      remove(rule.reason)
      publisher ??= outletNamedBy(rule, core)
      expectTeaser = rule.takesTeaser === true
      lineAbove = null
      continue
    }
    if (trimmed === lineAbove) {
      remove('duplicate caption')
      continue
    }
    kept.push(trimmed)
    lineAbove = trimmed
  }

  const text = kept
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
  return { text, removed, publisher }
}

function isTeaser(core: string): boolean {
  return core.length <= MAX_TEASER_LENGTH && !SENTENCE_END.test(core)
}
