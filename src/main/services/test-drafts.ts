// Test helper: article drafts without metadata, for tests that need only a text to annotate.
import type { ArticleDraft } from '../../shared/model'

/** A draft of `text` with no metadata; its raw text is the text itself. */
export function plainDraft(text: string, title = 'Untitled'): ArticleDraft {
  return { title, outlet: null, url: null, publishedDate: null, language: null, text, rawText: text, removed: [] }
}
