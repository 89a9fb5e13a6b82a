import { describe, expect, it } from 'vitest'
import { openDatabase } from '../db/connection'
import { getArticle, insertArticle, listArticles, updateArticle } from './corpus'
import { createAnnotation } from './annotations'
import { ensureTags, listTags, setProfile } from './profile'
import { sha256Of } from './text-hash'

function corpus() {
  const db = openDatabase(':memory:')
  const add = (title: string, outlet: string | null, publishedDate: string | null, text = `${title} text.`) =>
    insertArticle(
      db,
      {
        title,
        outlet,
        url: null,
        publishedDate,
        language: 'en',
        text,
        rawText: `Skip to main content\n${text}`,
        removed: [{ text: 'Skip to main content', reason: 'skip link' }]
      },
      `${title}.txt`,
      '2026-01-01T00:00:00.000Z'
    )
  return { db, add }
}

describe('the corpus', () => {
  it('keeps the cleaned and raw text, the removed furniture and the SHA-256 of the cleaned text', () => {
    const { db, add } = corpus()
    const article = getArticle(db, add('Ferry vote', 'Ledger', '2024-03-14', 'Ferry 😀 vote.'))
    expect(article).toMatchObject({
      text: 'Ferry 😀 vote.',
      rawText: 'Skip to main content\nFerry 😀 vote.',
      sha256: sha256Of('Ferry 😀 vote.')
    })
    expect(article.removed).toEqual([{ text: 'Skip to main content', reason: 'skip link' }])
  })

  it('lists newest first with annotation counts per tag, filtered by title, outlet or file name', () => {
    const { db, add } = corpus()
    const older = add('Rail talks', 'Courier', '2024-05-02')
    add('Museum reopens', 'Herald', '2024-09-21')
    const analyst = setProfile(db, 'Ada')
    createAnnotation(db, analyst, { articleId: older, tag: 'figure', start: 0, end: 4 })
    createAnnotation(db, analyst, { articleId: older, tag: 'figure', start: 5, end: 10 })
    expect(listArticles(db).map((a) => a.title)).toEqual(['Museum reopens', 'Rail talks'])
    expect(listArticles(db, 'courier')).toMatchObject([{ title: 'Rail talks', counts: { figure: 2 } }])
    expect(listArticles(db, '100%')).toEqual([])
  })

  it('edits metadata but never the text, and clears a field set to empty', () => {
    const { db, add } = corpus()
    const id = add('Draft title', 'Wire', null)
    const edited = updateArticle(db, id, { title: 'Final title', outlet: '', publishedDate: '2024-07-03' })
    expect(edited).toMatchObject({
      title: 'Final title',
      outlet: null,
      publishedDate: '2024-07-03',
      text: 'Draft title text.'
    })
    expect(() => updateArticle(db, 99, { title: 'x' })).toThrow(/no article 99/)
  })
})

describe('tags arriving from a bundle', () => {
  it('are added without stealing a key this corpus already binds', () => {
    const db = openDatabase(':memory:')
    ensureTags(db, [
      { name: 'speaker', label: 'Speaker', color: '#7c3aed', key: '1', builtin: false },
      { name: 'place', label: 'Place', color: '#0891b2', key: '7', builtin: false },
      { name: 'claim', label: 'Their claim', color: '#000000', key: '9', builtin: true }
    ])
    expect(listTags(db).map(({ name, label, key }) => ({ name, label, key }))).toEqual([
      { name: 'claim', label: 'Claim', key: '1' },
      { name: 'quote', label: 'Quote', key: '2' },
      { name: 'figure', label: 'Figure', key: '3' },
      { name: 'speaker', label: 'Speaker', key: '' },
      { name: 'place', label: 'Place', key: '7' }
    ])
  })
})
