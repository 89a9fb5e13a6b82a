// The figures table: each figure read from its attributes (value, valueHigh, unit, approximate),
// grouped by unit, and marked where outlets disagree. A figure without a value and unit is shown
// by its quote as not normalised; its number is never guessed from the text here.
import type { ComparedFigure, FigureRow } from '../../../shared/model'
import type { StoryAnnotation } from './story-annotations'

/**
 * How far an approximate figure stretches ("some 100,000" covers 95,000–105,000). Wide enough that
 * "about 100,000" and "upwards of 100,000" agree, narrow enough that 100,000 and 60,000–90,000 do not.
 */
const APPROXIMATE_SLACK = 0.05

const formatNumber = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 2 })

function labelOf(figure: Omit<ComparedFigure, 'label' | 'disagrees'>): string {
  if (!figure.normalised) return `“${figure.quote}” (not normalised)`
  const value = typeof figure.value === 'number' ? formatNumber(figure.value) : String(figure.value)
  const range = figure.valueHigh !== undefined ? `${value}–${formatNumber(figure.valueHigh)}` : value
  const cue = figure.approximate ? (figure.qualifier ? `${figure.qualifier} ` : '≈') : ''
  return `${cue}${range} ${figure.unit}`
}

function readFigure(annotation: StoryAnnotation): ComparedFigure {
  const { tag: _tag, attributes, ...span } = annotation
  const value = attributes.value
  const unit = typeof attributes.unit === 'string' ? attributes.unit : undefined
  const normalised = (typeof value === 'number' || typeof value === 'string') && unit !== undefined
  const figure = {
    ...span,
    normalised,
    ...(normalised ? { value: value as number | string, unit } : {}),
    ...(typeof attributes.valueHigh === 'number' && normalised ? { valueHigh: attributes.valueHigh } : {}),
    approximate: attributes.approximate === true,
    ...(typeof attributes.qualifier === 'string' ? { qualifier: attributes.qualifier } : {})
  }
  return { ...figure, label: labelOf(figure), disagrees: false }
}

/** The interval a figure allows, or its exact text for dates and times. */
function extent(figure: ComparedFigure): [number, number] | string {
  if (typeof figure.value !== 'number') return String(figure.value)
  const low = figure.value
  const high = figure.valueHigh ?? figure.value
  const slack = figure.approximate ? APPROXIMATE_SLACK : 0
  return [low * (1 - slack), high * (1 + slack)]
}

function agree(a: ComparedFigure, b: ComparedFigure): boolean {
  const [x, y] = [extent(a), extent(b)]
  if (typeof x === 'string' || typeof y === 'string') return x === y
  return x[0] <= y[1] && y[0] <= x[1]
}

/** The figure rows of a story: one per unit (in order of first mention), then the figures not normalised. */
export function compareFigures(annotations: readonly StoryAnnotation[]): FigureRow[] {
  const figures = annotations.filter((a) => a.tag === 'figure').map(readFigure)
  const byUnit = new Map<string, ComparedFigure[]>()
  for (const figure of figures.filter((f) => f.normalised)) {
    const key = (figure.unit as string).toLowerCase()
    byUnit.set(key, [...(byUnit.get(key) ?? []), figure])
  }
  const rows: FigureRow[] = [...byUnit.values()].map((group) => {
    for (const figure of group) {
      const others = group.filter((other) => other.outlet !== figure.outlet)
      figure.disagrees = others.length > 0 && !others.some((other) => agree(figure, other))
    }
    return { unit: group[0].unit as string, figures: group, disagreement: group.some((f) => f.disagrees) }
  })
  const pending = figures.filter((f) => !f.normalised)
  if (pending.length) rows.push({ unit: null, figures: pending, disagreement: false })
  return rows
}
