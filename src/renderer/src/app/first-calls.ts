// The two calls the app waits for before it can show anything (who is annotating, the corpus list),
// started as soon as the bundle runs, so they overlap React's first render instead of following it.
// Each answer is handed out once; later reads call main afresh.
import type { Session } from '../../../shared/contract'
import type { ArticleSummary } from '../../../shared/model'
import { api } from '../api'

let session: Promise<Session> | null = api.getSession({})
let articles: Promise<ArticleSummary[]> | null = api.listArticles({ filter: '' })
// A failure is reported where the answer is used; until then it is not an unhandled rejection.
session.catch(() => undefined)
articles.catch(() => undefined)

export function firstSession(): Promise<Session> {
  const early = session
  session = null
  return early ?? api.getSession({})
}

export function firstArticles(filter: string): Promise<ArticleSummary[]> {
  const early = filter === '' ? articles : null
  articles = null
  return early ?? api.listArticles({ filter })
}
