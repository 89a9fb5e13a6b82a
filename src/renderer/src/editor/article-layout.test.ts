import { describe, expect, it } from 'vitest'
import { annotationAt } from '../panels/ArticleView'
import { lineOf, lineStarts } from './article-layout'
import type { Annotation } from '../../../shared/model'

describe('article layout arithmetic', () => {
  it('finds where each line starts, counting UTF-16 units', () => {
    expect(lineStarts('ab\n\n😀c\nd')).toEqual([0, 3, 4, 8])
  })

  it('puts an offset on the line that holds it, a line end on its own line', () => {
    const starts = lineStarts('ab\n\n😀c\nd')
    expect([0, 2, 3, 4, 7, 8, 9].map((offset) => lineOf(starts, offset))).toEqual([0, 0, 1, 2, 2, 3, 3])
  })

  it('picks the innermost annotation under a click, and the next one out on the next click', () => {
    const a = (id: string, start: number, end: number) => ({ id, start, end }) as Annotation
    const spans = [a('claim', 0, 60), a('quote', 0, 40), a('figure', 10, 20)]
    expect(annotationAt(spans, 15, null)?.id).toBe('figure')
    expect(annotationAt(spans, 15, 'figure')?.id).toBe('quote')
    expect(annotationAt(spans, 15, 'quote')?.id).toBe('claim')
    expect(annotationAt(spans, 15, 'claim')?.id).toBe('figure')
    expect(annotationAt(spans, 25, null)?.id).toBe('quote')
    expect(annotationAt(spans, 60, null)).toBeNull()
  })
})
