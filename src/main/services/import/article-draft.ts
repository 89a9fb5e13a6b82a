// The last step every format shares: clean the article's text, detect what the text reveals, and let
// metadata the file states explicitly (front matter, HTML meta tags, JSONL fields) win over guesses.

import type { ArticleDraft } from '../../../shared/model'
import { cleanFurniture } from './clean-furniture'
import { detectMetadata, type DetectedMetadata } from './detect-metadata'
import { outletFromUrl } from './outlets'

export type DraftResult = { ok: true; draft: ArticleDraft } | { ok: false; reason: string }

/** Metadata the file states; a missing or null field is detected from the text instead. */
export type StatedMetadata = Partial<DetectedMetadata>

export interface DraftSource {
  /** The article's text before furniture is removed (plain text: Markdown and HTML already converted). */
  body: string
  /** Stored as `ArticleDraft.rawText`: the text as imported. */
  rawText: string
  stated?: StatedMetadata
  /** Used when neither the file nor the text gives a title, e.g. the file name without extension. */
  fallbackTitle: string
}

export const NO_TEXT_REASON = 'contains no article text after removing page furniture'

/** Returns the finished draft, or a reason when nothing is left of the text once furniture is removed. */
export function buildDraft(source: DraftSource): DraftResult {
  const cleaned = cleanFurniture(source.body)
  if (cleaned.text === '') return { ok: false, reason: NO_TEXT_REASON }
  const detected = detectMetadata(cleaned, source.body)
  const stated = source.stated ?? {}
  const url = stated.url ?? detected.url
  return {
    ok: true,
    draft: {
      title: stated.title ?? detected.title ?? source.fallbackTitle,
      // Detection only looks at addresses in the text; a stated address's domain is one more clue.
      outlet: stated.outlet ?? detected.outlet ?? (url === null ? null : outletFromUrl(url)),
      url,
      publishedDate: stated.publishedDate ?? detected.publishedDate,
      language: stated.language ?? detected.language,
      text: cleaned.text,
      rawText: source.rawText,
      removed: cleaned.removed
    }
  }
}

/** Returns the value trimmed, or undefined when it is missing or blank (so detection fills it in). */
export function statedString(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim()
  return trimmed === undefined || trimmed === '' ? undefined : trimmed
}
