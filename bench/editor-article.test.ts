import { describe, expect, it } from 'vitest'
import { EDITOR_ARTICLE, generateEditorArticle, type EditorSpan } from './editor-article'

const article = generateEditorArticle()
const overlaps = (a: EditorSpan, b: EditorSpan): boolean => a.start < b.end && b.start < a.end
const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff

describe('the editor benchmark article', () => {
  it('is the same text and spans on every run', () => {
    expect(generateEditorArticle()).toEqual(article)
  })

  it('has 20,000 words in paragraphs, with astral characters in the text', () => {
    expect(article.text.split(/\s+/).length).toBe(EDITOR_ARTICLE.words)
    expect(article.text.split('\n\n').length).toBeGreaterThan(100)
    expect(/\p{Extended_Pictographic}/u.test(article.text)).toBe(true)
    expect(article.text.length).toBeGreaterThan([...article.text].length)
  })

  it('has 2,000 spans of which at least 300 overlap another span', () => {
    expect(article.spans).toHaveLength(2000)
    const overlapping = article.spans.filter((a) => article.spans.some((b) => a !== b && overlaps(a, b)))
    // Each overlay overlaps its base, so the overlapping spans are the 300 overlays and their bases.
    expect(overlapping.length).toBeGreaterThanOrEqual(2 * article.overlapping)
    expect(
      article.spans.some((a) => article.spans.some((b) => a.start < b.start && b.start < a.end && a.end < b.end))
    ).toBe(true)
    expect(article.spans.some((a) => article.spans.some((b) => a !== b && a.start <= b.start && b.end < a.end))).toBe(
      true
    )
  })

  it('gives 200 targets that touch no stored span and no other target', () => {
    expect(article.targets).toHaveLength(200)
    for (const target of article.targets) {
      expect(article.spans.some((span) => overlaps(span, target))).toBe(false)
      expect(article.targets.filter((other) => overlaps(other, target))).toEqual([target])
    }
  })

  it('puts every span and target on whole words inside one paragraph, without a full stop, never inside a surrogate pair', () => {
    for (const { start, end } of [...article.spans, ...article.targets]) {
      const covered = article.text.slice(start, end)
      expect(covered).not.toMatch(/^\s|\s$|\n/)
      expect(start === 0 || /\s/.test(article.text[start - 1])).toBe(true)
      // A span ends before a sentence's full stop, as the app trims a selection's punctuation.
      expect(end === article.text.length || /[\s.]/.test(article.text[end])).toBe(true)
      expect(covered).not.toMatch(/[.]$/)
      expect(isHighSurrogate(article.text.charCodeAt(end - 1))).toBe(false)
    }
  })
})
