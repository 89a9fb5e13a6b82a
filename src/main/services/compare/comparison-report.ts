// A story's comparison as a printable, self-contained HTML page. Every piece of text comes from
// articles or analysts, so every one is escaped, and the page's own CSP forbids scripts outright:
// a "<script>" quoted in an article prints as text and never runs.
import type { ComparedSpan, StoryComparison } from '../../../shared/model'

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c])

class Html {
  constructor(readonly text: string) {}
}

/** Text for the page: a template tag that escapes every interpolated value. */
function html(strings: TemplateStringsArray, ...values: (string | number | Html | Html[])[]): Html {
  let out = strings[0]
  values.forEach((value, i) => {
    const parts = Array.isArray(value) ? value : [value]
    out += parts.map((part) => (part instanceof Html ? part.text : escapeHtml(String(part)))).join('') + strings[i + 1]
  })
  return new Html(out)
}

const where = (span: ComparedSpan) => `article #${span.articleId}, characters ${span.start}–${span.end}`

function byOutlet<T extends ComparedSpan>(outlets: string[], items: T[], cell: (item: T) => Html): Html[] {
  return outlets.map((outlet) => {
    const mine = items.filter((item) => item.outlet === outlet)
    return html`<td>${mine.map((item) => html`<div title="${where(item)}">${cell(item)}</div>`)}</td>`
  })
}

const STYLE = `body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#111}table{border-collapse:collapse;width:100%;margin-bottom:24px}
th,td{border:1px solid #ccc;padding:4px 6px;vertical-align:top;text-align:left}th{background:#f3f4f6}
.disagrees{color:#b91c1c;font-weight:600}.flag{color:#92400e}.pending{color:#6b7280;font-style:italic}
@media print{body{margin:0}}`

export function comparisonReport(comparison: StoryComparison, generated = new Date()): string {
  const { outlets } = comparison
  const head = html`<tr>
    <th scope="col">${'What'}</th>
    ${outlets.map((o) => html`<th scope="col">${o}</th>`)}
  </tr>`
  const figures = comparison.figures.map(
    (row) =>
      html`<tr>
        <th scope="row">
          ${row.unit ?? 'not normalised'}${row.disagreement ? html` <span class="disagrees">(outlets disagree)</span>` : html``}
        </th>
        ${byOutlet(outlets, row.figures, (f) =>
          f.disagrees
            ? html`<span class="disagrees">${f.label} ✗</span>`
            : f.normalised
              ? html`${f.label}`
              : html`<span class="pending">${f.label}</span>`
        )}
      </tr>`
  )
  const quotes = comparison.quotes.map(
    (row, i) =>
      html`<tr>
        <th scope="row">
          ${`Quote ${i + 1}`}${row.wordingDiffers ? html` <span class="flag">wording differs</span>` : html``}${row.speakersDiffer ? html` <span class="flag">speakers differ</span>` : html``}
        </th>
        ${byOutlet(outlets, row.items, (q) => html`“${q.quote}” — ${q.speaker ?? 'speaker not given'}`)}
      </tr>`
  )
  const claims = comparison.claims.map(
    (row, i) =>
      html`<tr>
        <th scope="row">${`Claim ${i + 1}`}</th>
        ${byOutlet(
          outlets,
          row.items,
          (c) => html`${c.quote}${c.status ? ` [${c.status}]` : ''}${c.claimant ? ` — ${c.claimant}` : ''}`
        )}
      </tr>`
  )
  const section = (title: string, rows: Html[]) =>
    rows.length
      ? html`<h2>${title}</h2>
          <table>
            <thead>
              ${head}
            </thead>
            <tbody>
              ${rows}
            </tbody>
          </table>`
      : html`<h2>${title}</h2>
          <p>None tagged yet.</p>`
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'" />
        <title>${`Comparison: ${comparison.story.title}`}</title>
        <style>
          ${new Html(STYLE)}
        </style>
      </head>
      <body>
        <h1>${comparison.story.title}</h1>
        <p>${`${outlets.length} outlets · generated ${generated.toISOString().slice(0, 16).replace('T', ' ')} UTC`}</p>
        ${section('Figures', figures)}${section('Quotes', quotes)}${section('Claims', claims)}
      </body>
    </html> `.text
}
