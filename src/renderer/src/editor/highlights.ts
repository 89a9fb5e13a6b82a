// Draws annotations with the CSS Custom Highlight API: one Highlight per tag whose Ranges point into
// the text nodes Lexical rendered. No element is added to the article, so thousands of overlapping
// spans cost little (see ../shared/perf-anchors.md), and overlaps mix translucent fills.
import type { Annotation, Tag } from '../../../shared/model'
import { rangeOf, type ArticleLayout } from './article-layout'

export const FOCUS_HIGHLIGHT = 'wb-focus'
export const FLASH_HIGHLIGHT = 'wb-flash'
export const highlightName = (tag: string): string => `wb-tag-${tag.replace(/[^A-Za-z0-9_-]/g, '_')}`

/** True where the browser supports CSS Custom Highlights (Chromium 105+, Electron). */
export const canHighlight = (): boolean => typeof CSS !== 'undefined' && 'highlights' in CSS

/** Replaces every tag highlight with the given annotations' spans, and the focus highlight. */
export function paintHighlights(
  layout: ArticleLayout,
  annotations: readonly Annotation[],
  tags: readonly Tag[],
  focusedId: string | null
): void {
  if (!canHighlight()) return
  const byTag = new Map<string, Range[]>()
  for (const annotation of annotations) {
    const ranges = byTag.get(annotation.tag) ?? []
    ranges.push(rangeOf(layout, annotation.start, annotation.end))
    byTag.set(annotation.tag, ranges)
  }
  tags.forEach((tag, index) => {
    const highlight = new Highlight(...(byTag.get(tag.name) ?? []))
    highlight.priority = index
    CSS.highlights.set(highlightName(tag.name), highlight)
  })
  const focused = annotations.find((a) => a.id === focusedId)
  const focus = new Highlight(...(focused ? [rangeOf(layout, focused.start, focused.end)] : []))
  focus.priority = tags.length + 1
  CSS.highlights.set(FOCUS_HIGHLIGHT, focus)
}

/** Removes every highlight (when the article closes). */
export function clearHighlights(): void {
  if (canHighlight()) CSS.highlights.clear()
}

/** Briefly marks a span so the eye finds it after a jump. */
export function flashSpan(layout: ArticleLayout, start: number, end: number, ms = 900): void {
  if (!canHighlight()) return
  const flash = new Highlight(rangeOf(layout, start, end))
  flash.priority = 1000
  CSS.highlights.set(FLASH_HIGHLIGHT, flash)
  window.setTimeout(() => {
    if (CSS.highlights.get(FLASH_HIGHLIGHT) === flash) CSS.highlights.delete(FLASH_HIGHLIGHT)
  }, ms)
}

/** A tag colour safe to put in a style sheet (colours arrive in bundles from other analysts). */
export const safeColor = (color: string): string => (/^#[0-9a-f]{3,8}$/i.test(color) ? color : '#6b7280')

/** CSS rules that colour each tag's highlight (tag colours are data, so the sheet is generated). */
export function highlightStyles(tags: readonly Tag[]): string {
  const rules = tags.map((tag) => {
    const color = safeColor(tag.color)
    return `::highlight(${highlightName(tag.name)}) { background-color: color-mix(in srgb, ${color} 28%, transparent); text-decoration: underline 2px ${color}; }`
  })
  rules.push(`::highlight(${FOCUS_HIGHLIGHT}) { background-color: rgba(250, 204, 21, 0.45); color: #111; }`)
  rules.push(`::highlight(${FLASH_HIGHLIGHT}) { background-color: rgba(250, 204, 21, 0.9); }`)
  return rules.join('\n')
}
