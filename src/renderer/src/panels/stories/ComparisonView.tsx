import type { ReactNode } from 'react'
import type { ComparedSpan, StoryComparison } from '../../../../shared/model'
import type { SpanTarget } from '../../app/use-span-reveal'

interface Props {
  comparison: StoryComparison
  onOpen: (target: SpanTarget) => void
  onExport: (format: 'csv' | 'html') => void
}

interface Row<T extends ComparedSpan> {
  key: string
  heading: ReactNode
  items: T[]
}

/** One table: a row per group, a column per outlet; every cell item opens its span. */
function Table<T extends ComparedSpan>(props: {
  caption: string
  outlets: string[]
  rows: Row<T>[]
  cell: (item: T) => { text: string; label: string; className?: string }
  onOpen: (target: SpanTarget) => void
}) {
  if (props.rows.length === 0)
    return <p className="empty">No {props.caption.toLowerCase()} tagged in this story yet.</p>
  return (
    <table className="comparison-table" aria-label={props.caption}>
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">What</th>
          {props.outlets.map((outlet) => (
            <th key={outlet} scope="col">
              {outlet}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.heading}</th>
            {props.outlets.map((outlet) => (
              <td key={outlet}>
                {row.items
                  .filter((item) => item.outlet === outlet)
                  .map((item) => {
                    const { text, label, className } = props.cell(item)
                    return (
                      <button
                        key={item.annotationId}
                        className={`comparison-cell ${className ?? ''}`}
                        aria-label={`${outlet}: ${label}`}
                        onClick={() => props.onOpen({ articleId: item.articleId, start: item.start, end: item.end })}
                      >
                        {text}
                      </button>
                    )
                  })}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** A story's figures, quotes and claims side by side per outlet, with disagreements marked. */
export function ComparisonView({ comparison, onOpen, onExport }: Props) {
  const { outlets } = comparison
  return (
    <section className="comparison" aria-label="Comparison">
      <div className="comparison-actions">
        <button onClick={() => onExport('csv')}>Export CSV</button>
        <button onClick={() => onExport('html')}>Printable report</button>
      </div>
      <Table
        caption="Figures"
        outlets={outlets}
        onOpen={onOpen}
        rows={comparison.figures.map((row) => ({
          key: row.unit ?? '(not normalised)',
          heading: (
            <>
              {row.unit ?? 'not normalised'}
              {row.disagreement && <span className="disagreement"> outlets disagree</span>}
            </>
          ),
          items: row.figures
        }))}
        cell={(f) => ({
          text: f.disagrees ? `${f.label} ✗` : f.label,
          label: `${f.label}${f.disagrees ? ', disagrees with the other outlets' : ''}`,
          className: f.disagrees ? 'disagrees' : f.normalised ? '' : 'pending'
        })}
      />
      <Table
        caption="Quotes"
        outlets={outlets}
        onOpen={onOpen}
        rows={comparison.quotes.map((row, i) => ({
          key: row.items[0].annotationId,
          heading: (
            <>
              Quote {i + 1}
              {row.wordingDiffers && <span className="flag"> wording differs</span>}
              {row.speakersDiffer && <span className="flag"> speakers differ</span>}
            </>
          ),
          items: row.items
        }))}
        cell={(q) => {
          const text = `“${q.quote}” — ${q.speaker ?? 'speaker not given'}`
          return { text, label: text }
        }}
      />
      <Table
        caption="Claims"
        outlets={outlets}
        onOpen={onOpen}
        rows={comparison.claims.map((row, i) => ({
          key: row.items[0].annotationId,
          heading: `Claim ${i + 1}`,
          items: row.items
        }))}
        cell={(c) => {
          const text = `${c.quote}${c.status ? ` [${c.status}]` : ''}${c.claimant ? ` — ${c.claimant}` : ''}`
          return { text, label: text }
        }}
      />
    </section>
  )
}
