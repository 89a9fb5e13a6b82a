import { v7 as uuidv7 } from 'uuid'
import { describe, expect, it } from 'vitest'
import type { Analyst } from '../../../shared/model'
import { createAnnotation } from '../annotations'
import { insertArticle } from '../corpus'
import { upsertAnalyst } from '../profile'
import { emptyCorpus, plainDraft, spanOf } from '../bundles/test-corpus'
import { computeAgreement } from './agreement'

const TEXT = 'Officials said 100,000 troops massed near the border, and a spokesman denied it 😀 later.'

describe('computeAgreement', () => {
  it('compares analysts per tag on the articles two of them annotated, and skips the rest', () => {
    const { db, analyst: ana } = emptyCorpus('Ana López')
    const ben: Analyst = { id: uuidv7(), name: 'Ben Okafor' }
    upsertAnalyst(db, ben)
    const shared = insertArticle(db, plainDraft(TEXT), 'a.txt', '2026-11-20T09:00:00.000Z')
    const alone = insertArticle(db, plainDraft(`${TEXT} Again.`), 'b.txt', '2026-11-20T09:00:00.000Z')
    const tag = (who: Analyst, articleId: number, name: string, span: string) =>
      createAnnotation(db, who, { articleId, tag: name, ...spanOf(TEXT, span) })
    tag(ana, shared, 'figure', '100,000 troops')
    tag(ben, shared, 'figure', '100,000 troops')
    tag(ana, shared, 'claim', 'Officials said 100,000 troops massed')
    tag(ben, shared, 'claim', '100,000 troops massed near the border')
    tag(ana, alone, 'claim', 'Officials said')

    const report = computeAgreement(db)
    expect(report).toMatchObject({ articles: 1, pairs: 1 })
    expect(report.analysts.map((a) => a.name).sort()).toEqual(['Ana López', 'Ben Okafor'])
    const byTag = Object.fromEntries(report.tags.map((row) => [row.tag, row]))
    expect(byTag.figure).toMatchObject({ spans: 2, exactF1: 1, overlapF1: 1, kappa: 1 })
    expect(byTag.claim).toMatchObject({ spans: 2, exactF1: 0, overlapF1: 1 })
    expect(byTag.claim.kappa).toBeGreaterThan(0)
    expect(byTag.claim.kappa).toBeLessThan(1)
    expect(byTag.quote).toMatchObject({ spans: 0, exactF1: null, kappa: null })
  })
})
