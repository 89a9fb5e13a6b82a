// Draws annotations with the CSS Custom Highlight API: Highlights whose Ranges point into the text
// nodes Lexical rendered. No element is added to the article, so thousands of overlapping spans cost
// little (see ../shared/perf-anchors.md). Overlaps stay readable: every span's translucent fill mixes
// with the fills under it, and nested spans sit on lanes with their own line (lane 0 underlined,
// lane 1 overlined, deeper lanes tinted text), so an inner span never hides the outer one's line.
import { lanesOf, type Span } from '../../../shared/spans'
import type { Annotation, Tag } from '../../../shared/model'
import { rangeOf, type ArticleLayout } from './article-layout'

export const FOCUS_HIGHLIGHT = 'wb-focus'
export const FLASH_HIGHLIGHT = 'wb-flash'
/** Lanes drawn apart; spans nested deeper share the last one. */
export const LANES = 3
export const highlightName = (tag: string, lane = 0): string =>
  `wb-tag-${tag.replace(/[^A-Za-z0-9_-]/g, '_')}-${Math.min(lane, LANES - 1)}`

/** True where the browser supports CSS Custom Highlights (Chromium 105+, Electron). */
export const canHighlight = (): boolean => typeof CSS !== 'undefined' && 'highlights' in CSS

/**
 * Replaces every tag highlight with the spans of the annotations that reach into `window` (all of
 * them when no window is given). Lanes are worked out over all annotations, so a span keeps its lane
 * whatever part of the article is registered.
 */
export function paintHighlights(
  layout: ArticleLayout,
  annotations: readonly Annotation[],
  tags: readonly Tag[],
  window?: Span
): void {
  if (!canHighlight()) return
  const lanes = lanesOf(annotations)
  const ranges = new Map<string, Range[]>()
  annotations.forEach((annotation, index) => {
    if (window && (annotation.end <= window.start || annotation.start >= window.end)) return
    const name = highlightName(annotation.tag, lanes[index])
    const list = ranges.get(name) ?? []
    list.push(rangeOf(layout, annotation.start, annotation.end))
    ranges.set(name, list)
  })
  for (const name of [...CSS.highlights.keys()]) if (name.startsWith('wb-tag-')) CSS.highlights.delete(name)
  tags.forEach((tag, index) => {
    for (let lane = 0; lane < LANES; lane++) {
      const name = highlightName(tag.name, lane)
      const list = ranges.get(name)
      if (!list) continue
      const highlight = new Highlight(...list)
      // Deeper lanes above shallower ones, so an inner span's line is drawn over the outer's fill.
      highlight.priority = lane * (tags.length + 1) + index
      CSS.highlights.set(name, highlight)
    }
  })
}

/**
 * Draws a span the analyst has just tagged, at once, while main stores it: the range joins the tag's
 * outer lane. The next full paint (with the stored row) replaces it; the returned function takes it
 * away again if main refused the span.
 */
export function paintPending(layout: ArticleLayout, tag: string, span: Span): () => void {
  if (!canHighlight()) return () => undefined
  const name = highlightName(tag)
  const range = rangeOf(layout, span.start, span.end)
  let highlight = CSS.highlights.get(name)
  if (!highlight) CSS.highlights.set(name, (highlight = new Highlight()))
  highlight.add(range)
  const drawn = highlight
  return () => drawn.delete(range)
}

/** Marks the focused annotation (and nothing when none is focused). */
export function paintFocus(layout: ArticleLayout, focused: Annotation | null): void {
  if (!canHighlight()) return
  const focus = new Highlight(...(focused ? [rangeOf(layout, focused.start, focused.end)] : []))
  focus.priority = 10_000
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
  flash.priority = 10_001
  CSS.highlights.set(FLASH_HIGHLIGHT, flash)
  window.setTimeout(() => {
    if (CSS.highlights.get(FLASH_HIGHLIGHT) === flash) CSS.highlights.delete(FLASH_HIGHLIGHT)
  }, ms)
}

/** A tag colour safe to put in a style sheet (colours arrive in bundles from other analysts). */
export const safeColor = (color: string): string => (/^#[0-9a-f]{3,8}$/i.test(color) ? color : '#6b7280')

/** How each lane draws its line. */
const LANE_LINE = [
  (color: string) => `text-decoration: underline 2px ${color}; text-underline-offset: 3px;`,
  (color: string) => `text-decoration: overline 2px ${color};`,
  (color: string) => `color: color-mix(in srgb, ${color} 70%, black); text-decoration: underline 2px dotted ${color};`
]

/** CSS rules that colour each tag's highlights (tag colours are data, so the sheet is generated). */
export function highlightStyles(tags: readonly Tag[]): string {
  const rules = tags.flatMap((tag) => {
    const color = safeColor(tag.color)
    return LANE_LINE.map(
      (line, lane) =>
        `::highlight(${highlightName(tag.name, lane)}) { background-color: color-mix(in srgb, ${color} 22%, transparent); ${line(color)} }`
    )
  })
  rules.push(`::highlight(${FOCUS_HIGHLIGHT}) { background-color: rgba(250, 204, 21, 0.5); color: #111; }`)
  rules.push(`::highlight(${FLASH_HIGHLIGHT}) { background-color: rgba(250, 204, 21, 0.9); }`)
  return rules.join('\n')
}
