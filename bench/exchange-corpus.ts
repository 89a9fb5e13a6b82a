// The corpus of the exchange bench: generated articles with annotations on word boundaries, the same
// on every run (fixed seed), written to a data directory that the bench's child processes open.
import { v7 as uuidv7 } from 'uuid'
import { openDatabase } from '../src/main/db/connection'
import { insertAnnotation } from '../src/main/services/annotations'
import { insertArticle } from '../src/main/services/corpus'
import { setProfile } from '../src/main/services/profile'
import { quoteAt } from '../src/shared/text-quote'
import { generateArticle, prng } from './generate'

const TAGS = ['claim', 'quote', 'figure']

/** Writes a corpus of `articles` generated articles with `perArticle` annotations each into `dir`. */
export function buildExchangeCorpus(dir: string, articles: number, perArticle: number): void {
  const db = openDatabase(dir)
  const analyst = setProfile(db, 'Bench Analyst')
  const random = prng(42)
  db.transaction(() => {
    for (let i = 0; i < articles; i++) {
      const text = generateArticle(i, 400)
      const draft = { title: `Report ${i}`, outlet: null, url: null, publishedDate: null, language: 'en' }
      const id = insertArticle(
        db,
        { ...draft, text, rawText: text, removed: [] },
        `r${i}.txt`,
        '2026-11-20T09:00:00.000Z'
      )
      const words = [...text.matchAll(/\S+/g)]
      for (let n = 0; n < perArticle; n++) {
        const first = Math.floor(random() * (words.length - 6))
        const last = first + Math.floor(random() * 6)
        const start = words[first].index
        const end = words[last].index + words[last][0].length
        const stamp = new Date(Date.UTC(2026, 10, 21, 10, 0, 0, i * perArticle + n)).toISOString()
        insertAnnotation(db, {
          id: uuidv7({ msecs: Date.parse(stamp) }),
          articleId: id,
          tag: TAGS[n % 3],
          start,
          end,
          quote: quoteAt(text, start, end),
          attributes: n % 10 === 0 ? { speaker: 'officials' } : {},
          note: n % 7 === 0 ? 'check the wire copy' : '',
          creator: analyst,
          created: stamp,
          modified: stamp
        })
      }
    }
  })()
  db.close()
}
