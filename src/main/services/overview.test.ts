import { describe, expect, it } from 'vitest'
import { openDatabase } from '../db/connection'
import { createAnnotation } from './annotations'
import { insertArticle, setArticleStatus } from './corpus'
import { corpusOverview } from './overview'
import { setProfile } from './profile'

describe('the corpus overview', () => {
  it('counts annotations per tag per outlet and per article, most annotated first', () => {
    const db = openDatabase(':memory:')
    const ada = setProfile(db, 'Ada')
    const add = (title: string, outlet: string | null) =>
      insertArticle(
        db,
        {
          title,
          outlet,
          url: null,
          publishedDate: null,
          language: null,
          text: `Some words in ${title}.`,
          rawText: '',
          removed: []
        },
        `${title}.txt`,
        'now'
      )
    const a = add('A', 'Wire')
    const b = add('B', 'Wire')
    const c = add('C', null)
    for (const [id, tag] of [
      [a, 'figure'],
      [b, 'figure'],
      [b, 'quote'],
      [b, 'quote'],
      [c, 'claim']
    ] as const)
      createAnnotation(db, ada, { articleId: id, tag, start: 0, end: 4 })
    const overview = corpusOverview(db)
    expect(overview).toMatchObject({ articles: 3, annotations: 5, tags: ['claim', 'quote', 'figure'] })
    expect(overview.byStatus).toEqual([{ status: 'new', articles: 3 }])
    expect(overview.byOutlet).toEqual([
      { outlet: 'Wire', articles: 2, counts: { figure: 2, quote: 2 } },
      { outlet: 'unknown outlet', articles: 1, counts: { claim: 1 } }
    ])
    expect(overview.byArticle.map((x) => [x.title, x.counts])).toEqual([
      ['B', { figure: 1, quote: 2 }],
      ['A', { figure: 1 }],
      ['C', { claim: 1 }]
    ])
  })

  it('counts articles per status', () => {
    const db = openDatabase(':memory:')
    const done = insertArticle(
      db,
      { title: 'B', outlet: null, url: null, publishedDate: null, language: null, text: 'y', rawText: '', removed: [] },
      'b',
      'now'
    )
    setArticleStatus(db, done, 'done')
    insertArticle(
      db,
      { title: 'A', outlet: null, url: null, publishedDate: null, language: null, text: 'x', rawText: '', removed: [] },
      'a',
      'now'
    )
    expect(corpusOverview(db).byStatus).toEqual([
      { status: 'done', articles: 1 },
      { status: 'new', articles: 1 }
    ])
  })
})
