import { describe, expect, it } from 'vitest'
import { cleanFurniture } from './clean-furniture'
import { FURNITURE_RULES, matchFurnitureRule } from './furniture-rules'

// One real-looking line per rule; the test below checks that every rule in the table has one.
const EXAMPLES: readonly [rule: string, line: string][] = [
  ['skip-link', 'Skip to main content'],
  ['skip-link', '1. Skip to content'],
  ['skip-link', '  2. Skip to main menu'],
  ['skip-link', '  3. Skip to more Harbour Media sites'],
  ['accessibility-links', 'Accessibility links'],
  ['breaking-news-banner', 'Breaking News'],
  ['share-buttons', '  • Share to or'],
  ['share-buttons', 'Share on Facebook Twitter'],
  ['share-buttons', 'Share this article'],
  ['page-anchor', 'top of page'],
  ['page-anchor', 'bottom of page'],
  ['comment-prompt', 'Leave a Comment'],
  ['comment-prompt', '12 Comments'],
  ['image-placeholder', '  • 16x9 Image'],
  ['advertisement', 'Advertisement'],
  ['promo-link', 'Read more about the flood defences'],
  ['promo-link', 'Read also: Storm season'],
  ['short-link', 'https://p.dw.com/p/4abCd'],
  ['short-link', 'https://bit.ly/3xYz'],
  ['click-here', 'To find out more, click here.'],
  ['newsletter-prompt', 'Sign up for our morning newsletter'],
  ['publisher-mission', '    Harbour Radio journalists report the news in 12 languages in 9 countries.'],
  [
    'undesirable-organization',
    'Harbour Radio has been declared an “undesirable organization” by the Russian government.'
  ],
  ['russia-reader-warning', 'If you are in Russia, note that you could face fines for sharing our content.'],
  ['copyright', '© 2024 Coast Gazette'],
  ['rights-reserved', 'Copyright Coast Gazette Ltd. All rights reserved.']
]

describe('furniture rules', () => {
  it('has an example line for every rule in the table', () => {
    const covered = new Set(EXAMPLES.map(([rule]) => rule))
    expect(FURNITURE_RULES.map((rule) => rule.name).filter((name) => !covered.has(name))).toEqual([])
  })

  it.each(EXAMPLES)('matches a %s line: %s', (rule, line) => {
    const core = line.replace(/^\s*(?:[•]\s*|\d+\.\s+)?/u, '').trim()
    expect(matchFurnitureRule(core)?.name).toBe(rule)
  })

  it.each([
    'Share prices fell 4% on Tuesday.',
    'Readers were asked to share to or from the fund.',
    'She reached the top of page one of the report.',
    'Skip to the end: the vote passed.',
    'Read more carefully, the report says the opposite.',
    'Copyright law changed in 2019, the minister said.',
    'The company said it kept all rights reserved.',
    'Breaking news is hard to verify, editors said.',
    'https://courier.example/news/bridge-vote'
  ])('keeps a real sentence that only contains furniture words: %s', (line) => {
    expect(cleanFurniture(`Headline here\n\n${line}`).text).toBe(`Headline here\n\n${line}`)
  })
})

describe('cleanFurniture', () => {
  it('removes whole furniture lines and lists each with its reason, in text order', () => {
    const cleaned = cleanFurniture(
      'Skip to main content\n  • Share to or\n\nFloods hit the coast\n\nRain fell.\n\ntop of page'
    )
    expect(cleaned.text).toBe('Floods hit the coast\n\nRain fell.')
    expect(cleaned.removed).toEqual([
      { text: 'Skip to main content', reason: 'skip link' },
      { text: '• Share to or', reason: 'share buttons' },
      { text: 'top of page', reason: 'page anchor' }
    ])
  })

  it('removes the second of two identical lines in a row as a duplicate caption and keeps the first', () => {
    const cleaned = cleanFurniture('Para one.\n\nA boat at the quay.\nA boat at the quay.\n\nPara two.')
    expect(cleaned.text).toBe('Para one.\n\nA boat at the quay.\n\nPara two.')
    expect(cleaned.removed).toEqual([{ text: 'A boat at the quay.', reason: 'duplicate caption' }])
  })

  it('keeps identical paragraphs that are not directly one after the other', () => {
    const text = 'We will rebuild.\n\nThe mayor spoke.\n\nWe will rebuild.'
    expect(cleanFurniture(text).text).toBe(text)
  })

  it('removes a promo link with the teaser headline under it, each time it is repeated', () => {
    const block = 'Read more about the storm\n\nHow one night of wind changed a town\n\n'
    const cleaned = cleanFurniture(`Story text.\n\n${block}${block}By Ann Lee`)
    expect(cleaned.text).toBe('Story text.\n\nBy Ann Lee')
    expect(cleaned.removed.map((segment) => segment.reason)).toEqual([
      'promo link',
      'promo teaser',
      'promo link',
      'promo teaser'
    ])
  })

  it('keeps a sentence that follows a promo link, because a teaser has no end stop', () => {
    const cleaned = cleanFurniture('Read more\n\nThe council will meet again on Friday.')
    expect(cleaned.text).toBe('The council will meet again on Friday.')
  })

  it('collapses runs of blank lines to one blank line and trims the text', () => {
    expect(cleanFurniture('\n\n  \nFirst.\n\n\n\n\nSecond.\n \n\t\nThird.\n\n').text).toBe(
      'First.\n\nSecond.\n\nThird.'
    )
  })

  it('trims trailing whitespace but keeps kept lines otherwise exactly as written', () => {
    const line = '“Quote” — said 🇺🇦 😀 𝐓 שלום, and  two  spaces'
    expect(cleanFurniture(`Top\n\n${line} \u00a0 \n   indented line`).text).toBe(`Top\n\n${line}\n   indented line`)
  })

  it('returns the publisher named by removed boilerplate', () => {
    const cleaned = cleanFurniture(
      'Text.\n\nHarbour Radio has been declared an "undesirable organization" by the Russian government.'
    )
    expect(cleaned.publisher).toBe('Harbour Radio')
  })

  it('returns an empty text when every line is furniture', () => {
    expect(cleanFurniture('Skip to content\nLeave a Comment\n').text).toBe('')
  })
})
