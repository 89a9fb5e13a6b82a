import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { generateEditorArticle, type EditorSpan } from './editor-article'
import { baselineHtml, lineHtml } from './editor-baseline'

/** How many span elements enclose each UTF-16 unit of a paragraph's text. */
function depths(paragraph: Element): number[] {
  const result: number[] = []
  const walk = (node: Node, depth: number) => {
    if (node.nodeType === 3) for (let i = 0; i < (node.textContent ?? '').length; i++) result.push(depth)
    node.childNodes.forEach((child) => walk(child, depth + (child.nodeName === 'SPAN' ? 1 : 0)))
  }
  walk(paragraph, 0)
  return result
}

/** How many spans cover each unit of [offset, offset + length). */
const coverage = (spans: readonly EditorSpan[], offset: number, length: number): number[] =>
  Array.from({ length }, (_, i) => spans.filter((s) => s.start <= offset + i && offset + i < s.end).length)

describe('the bare-span baseline page', () => {
  it('nests a span inside another and splits a span that crosses another’s end', () => {
    const spans = [
      { tag: 'claim', start: 10, end: 20 },
      { tag: 'quote', start: 12, end: 14 },
      { tag: 'figure', start: 18, end: 25 }
    ]
    const html = lineHtml('0123456789abcdefghijklmnopqrstuvwxyz', 0, spans)
    const { document } = parseHTML(`<p>${html}</p>`)
    const paragraph = document.querySelector('p') as Element
    expect(paragraph.textContent).toBe('0123456789abcdefghijklmnopqrstuvwxyz')
    expect(depths(paragraph)).toEqual(coverage(spans, 0, 36))
  })

  it('escapes markup in the text', () => {
    expect(lineHtml('a < b & c', 0, [])).toBe('a &lt; b &amp; c')
  })

  it('shows every line of the benchmark article with each character inside as many spans as cover it', () => {
    const article = generateEditorArticle()
    const { document } = parseHTML(baselineHtml(article.title, article.text, article.spans))
    const paragraphs = [...document.querySelectorAll('main > p')]
    const lines = article.text.split('\n')
    expect(paragraphs).toHaveLength(lines.length)
    let offset = 0
    lines.forEach((line, i) => {
      expect(paragraphs[i].textContent).toBe(line)
      if (line) expect(depths(paragraphs[i])).toEqual(coverage(article.spans, offset, line.length))
      offset += line.length + 1
    })
    expect(document.querySelectorAll('span').length).toBeGreaterThanOrEqual(article.spans.length)
  })
})
