import { describe, expect, it } from 'vitest'
import type { Annotation } from '../../../shared/model'
import { annotationRowValues } from '../annotation-row'
import { decodeRows, encodeRows } from './row-wire'

const annotation = (n: number, exact: string, provenance?: { rule: string }): Annotation =>
  ({
    id: `0190a0c0-0000-7000-8000-${String(n).padStart(12, '0')}`,
    articleId: 40 + n,
    tag: 'quote',
    start: 6 + n,
    end: 10 + n,
    quote: { exact, prefix: '', suffix: ' 🪖 said' },
    attributes: n % 2 ? { speaker: 'officials' } : {},
    note: '',
    creator: { id: '0190a0c0-0000-7000-8000-00000000000a', name: 'Ana' },
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
    ...(provenance ? { provenance } : {})
  }) as Annotation

describe('rows on the wire', () => {
  it('come back as they went: numbers, empty text, null, astral characters', () => {
    const rows = [annotation(0, '“the 𝔘nion”'), annotation(1, 'x', { rule: 'officials said' })].flatMap(
      annotationRowValues
    )
    const wire = encodeRows(rows)
    expect('joined' in wire).toBe(true)
    expect(decodeRows(wire)).toEqual(rows)
    expect(decodeRows(encodeRows([]))).toEqual([])
  })

  it('go as JSON when a value holds a NUL', () => {
    const rows = annotationRowValues(annotation(2, 'a\u0000b'))
    const wire = encodeRows(rows)
    expect('json' in wire).toBe(true)
    expect(decodeRows(wire)).toEqual(rows)
  })
})
