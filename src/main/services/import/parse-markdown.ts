// Articles saved as Markdown (.md, .markdown). `rawText` is the Markdown source as imported; `text` is
// its plain text, cleaned of furniture like a .txt file. The title is the front matter's, else the
// first heading's, else detected from the text.

import { buildDraft, type DraftResult } from './article-draft'
import { readFrontMatter } from './front-matter'
import { markdownToText } from './markdown-to-text'

/** Returns the article of a Markdown file, or a reason when its front matter or text is unusable. */
export function parseMarkdown(source: string, fallbackTitle: string): DraftResult {
  const front = readFrontMatter(source)
  if (!front.ok) return front
  const { text, heading } = markdownToText(front.body)
  return buildDraft({
    body: text,
    rawText: source,
    fallbackTitle,
    stated: { ...front.stated, title: front.stated.title ?? heading ?? undefined }
  })
}
