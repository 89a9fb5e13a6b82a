// A generated corpus for the search bench: articles from generate.ts with a named spokesperson and
// place each (pools of 300, so a name matches a few dozen articles, as names do in real news), eight
// outlets, and annotations on word boundaries: figures with attributes, quotes with speakers, notes.
import { v7 as uuidv7 } from 'uuid'
import type { Db } from '../src/main/db/connection'
import { generateArticle, prng } from './generate'

const OUTLETS = ['Wire', 'Herald', 'Courier', 'Ledger', 'Gazette', 'Tribune', 'Observer', 'Monitor']
const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tov', 'sa', 'del', 'ich', 'or', 'vak', 'bu', 'nes']

/** A made-up capitalised name from a number (so names are many, reproducible and never real). */
export function nameOf(n: number): string {
  const a = SYLLABLES[n % 12]
  const b = SYLLABLES[Math.floor(n / 12) % 12]
  const c = SYLLABLES[Math.floor(n / 144) % 12]
  return `${a[0].toUpperCase()}${a.slice(1)}${b}${c}`
}

export const NAME_POOL = 300

export function fillSearchCorpus(db: Db, articles: number, annotationsPerArticle: number): void {
  const random = prng(42)
  db.prepare(`INSERT OR IGNORE INTO analyst (id, name) VALUES ('bench', 'Bench Analyst')`).run()
  const insertArticle = db.prepare(
    `INSERT INTO article (id, sha256, title, outlet, url, published, language, text, raw_text, removed, source_file, imported_at)
     VALUES (?, ?, ?, ?, NULL, ?, 'en', ?, ?, '[]', ?, '2026-01-01T00:00:00Z')`
  )
  const insertAnnotation = db.prepare(
    `INSERT INTO annotation (id, article_id, tag, start_u16, end_u16, exact, prefix, suffix, attributes, note, creator_id, created, modified)
     VALUES (?, ?, ?, ?, ?, ?, '', '', ?, ?, 'bench', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`
  )
  db.transaction(() => {
    for (let i = 0; i < articles; i++) {
      const speaker = nameOf(Math.floor(random() * NAME_POOL))
      const place = nameOf(1000 + Math.floor(random() * NAME_POOL))
      const text = `${generateArticle(i)}\nSpokesperson ${speaker} said in ${place} that the talks would go on.`
      const id = i + 1
      insertArticle.run(
        id,
        `sha-${i}`,
        `Report ${i}: talks on border tensions continue`,
        OUTLETS[i % 8],
        `2021-12-${String(1 + (i % 28)).padStart(2, '0')}`,
        text,
        text,
        `article-${i}.txt`
      )
      const words = Array.from(text.matchAll(/\p{L}+/gu), (m) => ({ start: m.index, end: m.index + m[0].length }))
      for (let n = 0; n < annotationsPerArticle; n++) {
        const first = Math.floor(random() * (words.length - 5))
        const span = { start: words[first].start, end: words[first + 1 + Math.floor(random() * 4)].end }
        const tag = ['claim', 'quote', 'figure'][n % 3]
        const attributes =
          tag === 'figure' ? { value: 1000 * (n + 1), unit: 'troops' } : tag === 'quote' ? { speaker } : {}
        const note = n % 10 === 0 ? `checked against ${place} wire` : ''
        insertAnnotation.run(
          uuidv7(),
          id,
          tag,
          span.start,
          span.end,
          text.slice(span.start, span.end),
          JSON.stringify(attributes),
          note
        )
      }
    }
  })()
}

/** 100 queries of the kinds analysts type: common and rare words, phrases, prefixes, AND/OR/NOT, filters. */
export function mixedQueries(): { query: string; outlet?: string; from?: string; to?: string; scope?: 'text' }[] {
  const random = prng(7)
  const name = () => nameOf(Math.floor(random() * NAME_POOL))
  const kinds = [
    () => ({ query: 'troops' }),
    () => ({ query: name() }),
    () => ({ query: '"talks would resume in geneva"' }),
    () => ({ query: `${name().slice(0, 4)}*` }),
    () => ({ query: `${name()} OR ${name()}` }),
    () => ({ query: `sanctions ${name()}` }),
    () => ({ query: `${name()} -geneva` }),
    () => ({ query: 'diplomacy', outlet: 'Herald', from: '2021-12-10', to: '2021-12-20' }),
    () => ({ query: 'negoti*', scope: 'text' as const }),
    () => ({ query: '"the call lasted 50 minutes" NOT january' })
  ]
  return Array.from({ length: 100 }, (_, i) => kinds[i % kinds.length]())
}

/**
 * Queries with the filters the mix lacks (tag, analyst, status), measured apart from the mix. In this
 * corpus they are broad: a third of the annotations are quotes, one analyst made them all, and every
 * article is new.
 */
export function filteredQueries(): {
  query: string
  tag?: string
  analyst?: string
  status?: string
  outlet?: string
  from?: string
  to?: string
}[] {
  return [
    { query: 'troops', tag: 'quote' },
    { query: nameOf(17), analyst: 'Bench Analyst' },
    { query: 'diplomacy', status: 'new' },
    { query: 'negoti*', tag: 'figure', outlet: 'Wire' },
    { query: '"the call lasted 50 minutes"', outlet: 'Courier', from: '2021-12-05', to: '2021-12-09' },
    { query: `sanctions ${nameOf(40)}`, analyst: 'bench', tag: 'claim' },
    { query: `${nameOf(99).slice(0, 4)}*`, tag: 'quote', from: '2021-12-20' }
  ]
}
