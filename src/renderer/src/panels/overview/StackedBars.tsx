import { useId } from 'react'
import type { Tag } from '../../../../shared/model'
import { safeColor } from '../../editor/highlights'

export interface BarRow {
  key: string
  label: string
  counts: Record<string, number>
}

interface Props {
  title: string
  rows: BarRow[]
  /** The stacks, in order, with their colours; a row's count for a missing key is zero. */
  series: Pick<Tag, 'name' | 'label' | 'color'>[]
}

const ROW = 22
const LABEL = 260
const WIDTH = 720

/**
 * Horizontal stacked bars in plain SVG. The SVG is an image named by its title and described in
 * words; the same numbers follow as a table for screen readers and for copying.
 */
export function StackedBars({ title, rows, series }: Props) {
  const id = useId()
  const total = (row: BarRow) => series.reduce((sum, s) => sum + (row.counts[s.name] ?? 0), 0)
  const max = Math.max(1, ...rows.map(total))
  const scale = (WIDTH - LABEL - 40) / max
  const description = rows
    .map((row) => `${row.label}: ${series.map((s) => `${row.counts[s.name] ?? 0} ${s.label}`).join(', ')}`)
    .join('; ')
  return (
    <figure className="chart">
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <ul className="chart-legend" aria-hidden="true">
        {series.map((s) => (
          <li key={s.name}>
            <span className="swatch" style={{ background: safeColor(s.color) }} /> {s.label}
          </li>
        ))}
      </ul>
      <svg
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        width={WIDTH}
        height={Math.max(ROW, rows.length * ROW)}
        viewBox={`0 0 ${WIDTH} ${Math.max(ROW, rows.length * ROW)}`}
      >
        <desc id={`${id}-desc`}>{description || 'Nothing to show yet.'}</desc>
        {rows.map((row, i) => {
          let x = LABEL
          return (
            <g key={row.key} transform={`translate(0, ${i * ROW})`}>
              <text x={LABEL - 6} y={ROW / 2 + 4} textAnchor="end" className="chart-label">
                {row.label.length > 40 ? `${row.label.slice(0, 39)}…` : row.label}
              </text>
              {series.map((s) => {
                const width = (row.counts[s.name] ?? 0) * scale
                const rect = <rect key={s.name} x={x} y={3} width={width} height={ROW - 6} fill={safeColor(s.color)} />
                x += width
                return rect
              })}
              <text x={x + 4} y={ROW / 2 + 4} className="chart-value">
                {total(row)}
              </text>
            </g>
          )
        })}
      </svg>
      <details>
        <summary>{title}: the numbers</summary>
        <table className="chart-table">
          <thead>
            <tr>
              <th scope="col">{title.split(' per ').pop()}</th>
              {series.map((s) => (
                <th key={s.name} scope="col">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                {series.map((s) => (
                  <td key={s.name}>{row.counts[s.name] ?? 0}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  )
}
