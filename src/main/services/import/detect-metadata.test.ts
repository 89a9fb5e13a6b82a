import { describe, expect, it } from 'vitest'
import { cleanFurniture } from './clean-furniture'
import { detectLanguage, detectMetadata, detectPublishedDate, detectTitle, detectUrl } from './detect-metadata'

const detect = (raw: string): ReturnType<typeof detectMetadata> => detectMetadata(cleanFurniture(raw), raw)

describe('detectTitle', () => {
  it('takes the first short line without a final period as the headline', () => {
    expect(detectTitle(['Harbour reopens after storm', '', 'Boats returned on Monday.'])).toBe(
      'Harbour reopens after storm'
    )
  })

  it('passes over date, source, address and byline lines', () => {
    const lines = [
      'March 4, 2024',
      'Source: Coast Gazette',
      'https://coast.example/a',
      'By Dana Osei',
      'Harbour reopens'
    ]
    expect(detectTitle(lines)).toBe('Harbour reopens')
  })

  it('takes a short line with a final period when no top line lacks one', () => {
    expect(detectTitle(['Update: the harbour has reopened.', 'London, 4 March 2024 -', 'x'.repeat(200) + '.'])).toBe(
      'Update: the harbour has reopened.'
    )
  })

  it('returns null when no top line reads like a headline', () => {
    expect(detectTitle(['Short', 'x '.repeat(100).trim() + '.'])).toBeNull()
  })

  it('does not look past the first five lines, where bylines and subheadings live', () => {
    const paragraphs = Array.from({ length: 5 }, (_, i) => `${'Long paragraph text '.repeat(10)}${i}.`)
    expect(detectTitle([...paragraphs, 'A subheading'])).toBeNull()
  })
})

describe('detectMetadata outlet', () => {
  it('takes the outlet from a "Source:" line', () => {
    expect(detect('Headline\n\nSource: Coast Gazette\n\nText.').outlet).toBe('Coast Gazette')
  })

  it('takes the outlet from publisher boilerplate when the text names no source', () => {
    expect(detect('Headline\n\nText.\n\nHarbour Radio journalists report the news in 12 languages.').outlet).toBe(
      'Harbour Radio'
    )
  })

  it('takes the outlet from a known short-link domain', () => {
    expect(detect('Headline\n\nText.\nhttps://p.dw.com/p/4abCd').outlet).toBe('DW')
  })

  it('takes the outlet from a byline that names a desk, not from one that names a person', () => {
    expect(detect('Headline\n\nText.\n\n(Reporting by: Coast Gazette – Harbour desk)').outlet).toBe('Coast Gazette')
    expect(detect('Headline\n\nText.\n\nStory by The Harbour Times').outlet).toBe('The Harbour Times')
    expect(detect('Headline\n\nText.\n\nStory by Dana Osei\n\nTranslation by Ann Lee').outlet).toBeNull()
  })
})

describe('detectUrl', () => {
  it('returns the first address that stands alone on a line', () => {
    expect(detectUrl('Head\nhttps://coast.example/a\nSource: https://coast.example/b')).toBe('https://coast.example/a')
  })

  it('prefers a full address to a short link that comes earlier', () => {
    expect(detectUrl('https://p.dw.com/p/4abCd\nText\nURL: https://www.dw.com/en/story/a-1')).toBe(
      'https://www.dw.com/en/story/a-1'
    )
  })

  it('uses a short link when it is the only address', () => {
    expect(detectUrl('Text\nhttps://p.dw.com/p/4abCd')).toBe('https://p.dw.com/p/4abCd')
  })

  it('ignores addresses inside sentences', () => {
    expect(detectUrl('See https://coast.example/a for details.')).toBeNull()
  })
})

describe('detectMetadata date', () => {
  it('returns the first full date in the text', () => {
    expect(detect('Harbour reopens\n\nMonday, 4 March 2024\n\nBoats returned on 1 March 2024.').publishedDate).toBe(
      '2024-03-04'
    )
  })

  it('returns null when no date has a year', () => {
    expect(detect('Harbour reopens\n\nBoats returned on Monday, March 4.').publishedDate).toBeNull()
  })
})

describe('detectLanguage', () => {
  it('returns "en" for English text, curly quotes and emoji included', () => {
    expect(detectLanguage('“We lost 21 days of catch,” said the skipper of the boat, who was at sea 😀.')).toBe('en')
  })

  it('returns null for text in another script', () => {
    expect(detectLanguage('Мороз ударил в ночь на вторник, сообщили в министерстве.')).toBeNull()
    expect(detectLanguage('قال الوزير إن الميناء سيفتح يوم الاثنين')).toBeNull()
  })

  it('returns null for other languages written in Latin letters', () => {
    expect(detectLanguage('Die Fischer kehrten am Montag in den Hafen zurück, drei Wochen nach dem Sturm.')).toBeNull()
    expect(detectLanguage('Les bateaux sont revenus lundi au port, trois semaines après la tempête.')).toBeNull()
  })

  it('returns null for text without letters', () => {
    expect(detectLanguage('2024 — 90% 😀')).toBeNull()
  })
})

describe('detectPublishedDate', () => {
  const body = 'Officials met again on Tuesday and spoke for an hour. '.repeat(60)

  it('reads the date from the head of a long article', () => {
    expect(detectPublishedDate(`Talks resume\n\nDecember 30, 2021\n\n${body}`)).toBe('2021-12-30')
  })

  it('falls back to a date in the footer', () => {
    expect(detectPublishedDate(`Talks resume\n\n${body}\n\nPublished 3 January 2022`)).toBe('2022-01-03')
  })

  it('ignores a full date deep in the body, which dates an event, not the article', () => {
    expect(detectPublishedDate(`Talks resume\n\n${body}The treaty of March 5, 1998 was cited.\n\n${body}`)).toBeNull()
  })
})
