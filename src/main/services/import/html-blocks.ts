// Turns a DOM subtree into plain text the way a reader sees it: each paragraph, heading, list item or
// caption becomes its own paragraph, separated by a blank line; <br> becomes a line break; runs of HTML
// whitespace collapse to one space. `textContent` would run paragraphs together ("weeks.Second line").

const ELEMENT_NODE = 1
const TEXT_NODE = 3

// Elements that start a new paragraph. Everything else (a, b, em, span, …) is inline.
const BLOCK_TAGS = new Set(
  (
    'address article aside blockquote body dd details div dl dt fieldset figcaption figure footer form h1 h2 h3 ' +
    'h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'
  ).split(' ')
)

// Never visible as text.
const HIDDEN_TAGS = new Set('head title script style noscript template svg canvas iframe object meta link'.split(' '))

// HTML collapses ASCII whitespace only; a no-break space is content and stays.
const HTML_WHITESPACE = /[ \t\n\f\r]+/g

/** Returns the visible text under `root`: paragraphs separated by "\n\n", lines within one by "\n". */
export function blockText(root: Node): string {
  const paragraphs: string[] = []
  let current = ''
  const flush = (): void => {
    const lines = current
      .split('\n')
      .map((line) => line.replace(HTML_WHITESPACE, ' ').trim())
      .filter((line) => line !== '')
    if (lines.length > 0) paragraphs.push(lines.join('\n'))
    current = ''
  }
  const visit = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) {
      current += (node.nodeValue ?? '').replace(/\n/g, ' ')
      return
    }
    if (node.nodeType !== ELEMENT_NODE) return
    const tag = (node as Element).tagName.toLowerCase()
    if (HIDDEN_TAGS.has(tag) || (node as Element).hasAttribute('hidden')) return
    if (tag === 'br') {
      current += '\n'
      return
    }
    const block = BLOCK_TAGS.has(tag)
    if (block) flush()
    node.childNodes.forEach(visit)
    if (block) flush()
  }
  visit(root)
  flush()
  return paragraphs.join('\n\n')
}
