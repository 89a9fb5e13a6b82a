import { describe, expect, it } from 'vitest'
import type { StoryComparison } from '../../../shared/model'
import { comparisonCsv } from './comparison-csv'
import { comparisonReport } from './comparison-report'

const span = { annotationId: 'a', articleId: 1, start: 10, end: 20 }
const comparison: StoryComparison = {
  story: { id: 1, title: 'Talks <b>in</b> Geneva' },
  outlets: ['Wire', 'Herald & Post'],
  figures: [
    {
      unit: 'troops',
      disagreement: true,
      figures: [
        {
          ...span,
          outlet: 'Wire',
          quote: '100,000 troops',
          normalised: true,
          value: 100000,
          unit: 'troops',
          approximate: false,
          label: '100,000 troops',
          disagrees: true
        },
        {
          ...span,
          articleId: 2,
          outlet: 'Herald & Post',
          quote: '60,000 to 90,000',
          normalised: true,
          value: 60000,
          valueHigh: 90000,
          unit: 'troops',
          approximate: false,
          label: '60,000–90,000 troops',
          disagrees: true
        }
      ]
    },
    {
      unit: null,
      disagreement: false,
      figures: [
        {
          ...span,
          outlet: 'Wire',
          quote: 'a dozen',
          normalised: false,
          approximate: false,
          label: '“a dozen” (not normalised)',
          disagrees: false
        }
      ]
    }
  ],
  quotes: [
    {
      wordingDiffers: true,
      speakersDiffer: false,
      items: [{ ...span, outlet: 'Wire', quote: '<script>alert(1)</script> "hi"', speaker: '=HYPERLINK("x")' }]
    }
  ],
  claims: []
}

describe('exporting a comparison', () => {
  it('writes CSV with quoting by the library, one line per item, and formulas kept as text', () => {
    const lines = comparisonCsv(comparison).trim().split('\n')
    expect(lines[0]).toBe(
      'table,group,outlet,article_id,start_utf16,end_utf16,quote,value,value_high,unit,approximate,reading,speaker_or_claimant,status,flag'
    )
    expect(lines).toHaveLength(5)
    expect(lines[2]).toBe(
      'figure,troops,Herald & Post,2,10,20,"60,000 to 90,000",60000,90000,troops,false,"60,000–90,000 troops",,,disagrees'
    )
    expect(lines[3]).toMatch(/,not normalised$/)
    expect(lines[4]).toContain(`"'=HYPERLINK(""x"")"`)
  })

  it('writes a self-contained HTML report in which text from articles is escaped and scripts cannot run', () => {
    const page = comparisonReport(comparison, new Date('2026-01-02T03:04:00Z'))
    expect(page).not.toMatch(/<script/i)
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &quot;hi&quot;')
    expect(page).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`)
    expect(page).toContain('<h1>Talks &lt;b&gt;in&lt;/b&gt; Geneva</h1>')
    expect(page).toContain('<th scope="col">Herald &amp; Post</th>')
    expect(page).toContain('<span class="disagrees">60,000–90,000 troops ✗</span>')
    expect(page).toContain('<span class="pending">“a dozen” (not normalised)</span>')
    expect(page).toContain('None tagged yet.')
    expect(page).not.toMatch(/<(img|link|iframe)|src=|href=/i)
  })
})
