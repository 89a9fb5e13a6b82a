// Saved web pages (.html, .htm): Mozilla Readability (the engine of Firefox's reader view) finds the
// article among the navigation, and the page's meta tags give its metadata.
//
// `rawText` is the HTML source, not its visible text: the source is what was imported, and the visible
// text can always be derived from it again, while the reverse is not true.

import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { buildDraft, statedString, type DraftResult, type StatedMetadata } from './article-draft'
import { parseDateString } from './detect-date'
import { blockText } from './html-blocks'

/** Returns the article of a saved web page, or a reason when the page has no text. */
export function parseHtml(source: string, fallbackTitle: string): DraftResult {
  const stated = pageMetadata(loadDocument(source))
  const article = readableArticle(loadDocument(source))
  // Readability finds nothing when all the text sits in places it discards (an <aside>, a <footer>);
  // the whole body is the best we can do then, and furniture cleaning still removes navigation lines.
  const body = article?.text || blockText(bodyOf(loadDocument(source)))
  if (body.trim() === '') return { ok: false, reason: 'contains no visible text' }
  return buildDraft({
    body,
    rawText: source,
    fallbackTitle,
    stated: {
      ...stated,
      // Readability's title drops a " | Site name" suffix where it safely can, so it goes first.
      title: statedString(article?.title) ?? stated.title,
      outlet: stated.outlet ?? statedString(article?.siteName),
      language: stated.language ?? statedString(article?.lang)
    }
  })
}

/**
 * Returns a document for the source. linkedom builds no <html>/<body> around a bare fragment (and then
 * has no `document.body`), so a source without <body> is wrapped in one.
 */
function loadDocument(source: string): Document {
  const html = /<body[\s>]/i.test(source) ? source : `<!DOCTYPE html><html><body>${source}</body></html>`
  return parseHTML(html).document
}

function bodyOf(document: Document): Element {
  return document.body ?? document.documentElement
}

interface ReadableArticle {
  title: string | null
  siteName: string | null
  lang: string | null
  text: string
}

/** Returns Readability's article as block text, or null when it finds none. */
function readableArticle(document: Document): ReadableArticle | null {
  const parsed = new Readability<string>(document, { serializer: (node) => blockText(node) }).parse()
  if (parsed === null) return null
  return {
    title: parsed.title ?? null,
    siteName: parsed.siteName ?? null,
    lang: parsed.lang ?? null,
    text: parsed.content ?? ''
  }
}

/** Returns the metadata the page states in its head: title, Open Graph and article tags, <time>, lang. */
function pageMetadata(document: Document): StatedMetadata {
  const meta = (...keys: string[]): string | undefined => {
    for (const key of keys) {
      const element = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`)
      const value = statedString(element?.getAttribute('content'))
      if (value !== undefined) return value
    }
    return undefined
  }
  const canonical = statedString(document.querySelector('link[rel="canonical"]')?.getAttribute('href'))
  const timeValue = statedString(document.querySelector('time[datetime]')?.getAttribute('datetime'))
  const published = meta('article:published_time', 'datePublished', 'date', 'pubdate') ?? timeValue
  // A date the page states but we cannot read is left to detection from the text, not an error: page
  // authors rarely see their meta tags, unlike JSONL fields someone typed.
  const publishedDate = published === undefined ? undefined : (parseDateString(published) ?? undefined)
  return {
    title: statedString(document.querySelector('title')?.textContent) ?? meta('og:title'),
    outlet: meta('og:site_name'),
    url: canonical ?? meta('og:url'),
    publishedDate,
    language: statedString(document.querySelector('html[lang]')?.getAttribute('lang'))
  }
}
