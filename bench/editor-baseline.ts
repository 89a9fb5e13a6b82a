// The editor benchmark's baseline: the same article and spans as a minimal static page, with no React
// and no Lexical: one <p> per line of the text and each span a bare <span style="background:…">,
// nested where spans nest. A span crossing another's end is split there (closed and reopened), as a
// naive highlighter does, so every character sits inside exactly as many spans as cover it.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { EditorSpan } from './editor-article'

/** Tag colours as in the built-in tag set, at the app's highlight strength (28%). */
const BACKGROUND: Record<string, string> = {
  claim: 'rgba(217, 119, 6, 0.28)',
  quote: 'rgba(37, 99, 235, 0.28)',
  figure: 'rgba(5, 150, 105, 0.28)'
}

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

const openTag = (span: EditorSpan): string => `<span style="background:${BACKGROUND[span.tag] ?? 'rgba(0,0,0,0.2)'}">`

/** One line of the text (starting at `offset`) as HTML, with `spans` (all inside the line) as elements. */
export function lineHtml(line: string, offset: number, spans: readonly EditorSpan[]): string {
  const starting = new Map<number, EditorSpan[]>()
  const boundaries = new Set<number>([0, line.length])
  for (const span of spans) {
    const at = span.start - offset
    starting.set(at, [...(starting.get(at) ?? []), span])
    boundaries.add(at).add(span.end - offset)
  }
  const stack: EditorSpan[] = []
  let html = ''
  let previous = 0
  for (const at of [...boundaries].sort((a, b) => a - b)) {
    html += escapeHtml(line.slice(previous, at))
    previous = at
    // Close the spans ending here; those opened after them are closed too, and reopened.
    const reopen: EditorSpan[] = []
    while (stack.some((span) => span.end - offset === at)) {
      const closed = stack.pop() as EditorSpan
      html += '</span>'
      if (closed.end - offset !== at) reopen.unshift(closed)
    }
    const opening = [...reopen, ...(starting.get(at) ?? []).sort((a, b) => b.end - a.end)]
    for (const span of opening) {
      html += openTag(span)
      stack.push(span)
    }
  }
  return html
}

/** The whole baseline page: the article's lines as paragraphs, its spans as nested elements. */
export function baselineHtml(title: string, text: string, spans: readonly EditorSpan[]): string {
  const lines = text.split('\n')
  const byLine: EditorSpan[][] = lines.map(() => [])
  const starts: number[] = []
  let offset = 0
  for (const line of lines) {
    starts.push(offset)
    offset += line.length + 1
  }
  let line = 0
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    while (line + 1 < starts.length && starts[line + 1] <= span.start) line++
    byLine[line].push(span)
  }
  const paragraphs = lines.map((text, i) => (text ? `<p>${lineHtml(text, starts[i], byLine[i])}</p>` : '<p><br></p>'))
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    '<style>body { font: 16px/1.6 system-ui, sans-serif; margin: 0 } main { max-width: 46rem; margin: auto }',
    'p { margin: 0; white-space: pre-wrap }</style>',
    '</head><body><main aria-label="Article">',
    ...paragraphs,
    '</main></body></html>'
  ].join('\n')
}

export interface StaticPage {
  url: string
  close(): Promise<void>
}

/** Serves `html` at / on 127.0.0.1 (a free port), uncached, as the app's host serves its renderer. */
export async function serveBaseline(html: string): Promise<StaticPage> {
  const body = Buffer.from(html)
  const server = createServer((req, res) => {
    if (req.url !== '/') {
      res.writeHead(404).end()
      return
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' })
    res.end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((done) => server.close(() => done()))
  }
}
