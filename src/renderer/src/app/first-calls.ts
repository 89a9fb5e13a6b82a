// The calls the app waits for before it can show anything (who is annotating, the corpus list, and
// the article to reopen with its annotations), started as soon as the bundle runs, so they overlap
// the script's evaluation and React's first render instead of following them.
// Each answer is handed out once; later reads call main afresh.
import type { Session } from '../../../shared/contract'
import type { Annotation, Article, ArticleSummary } from '../../../shared/model'
import { api } from '../api'
import { articleInAddress } from './address'

/** An article with its annotations, as the article pane shows them. */
export interface OpenedArticle {
  article: Article
  annotations: Annotation[]
}

/** Fetches an article and its annotations, the two calls at once. */
export async function fetchArticle(id: number): Promise<OpenedArticle> {
  const [article, annotations] = await Promise.all([api.getArticle({ id }), api.listAnnotations({ articleId: id })])
  return { article, annotations }
}

/**
 * The article to start with, or null when the corpus no longer holds it (an old link, a deleted
 * article): the workbench then starts at the plain list, without an error. Other failures are thrown.
 */
async function startingArticle(id: number, corpus: () => Promise<ArticleSummary[]>): Promise<OpenedArticle | null> {
  try {
    return await fetchArticle(id)
  } catch (error) {
    if (!(await corpus()).some((article) => article.id === id)) return null
    throw error
  }
}

// The address's article first: its two calls are the longest main answers at start.
const addressed = articleInAddress()
let start: Promise<OpenedArticle | null> | null = addressed === null ? null : startingArticle(addressed, () => listed)
let session: Promise<Session> | null = api.getSession({})
const listed = api.listArticles({ filter: '' })
let articles: Promise<ArticleSummary[]> | null = listed
// Without an address, the article the analyst had open last, once the session names it. A failed
// session is reported where the session is used.
start ??= session.then(
  ({ lastArticleId }) => (lastArticleId === null ? null : startingArticle(lastArticleId, () => listed)),
  () => null
)
// A failure is reported where the answer is used; until then it is not an unhandled rejection.
session.catch(() => undefined)
articles.catch(() => undefined)
start.catch(() => undefined)

/** The first calls' answers, each once it is in: the first render's state when it waited for them. */
export const early: { session?: Session; articles?: ArticleSummary[]; article?: OpenedArticle | null } = {}
void session.then((value) => (early.session = value))
void listed.then((value) => (early.articles = value))
void start.then((value) => (early.article = value))

/**
 * When the address names an article: settles once every first call has (their answers are then in
 * `early`), failed or not. Null when the address names none.
 */
export const addressedStart: Promise<unknown> | null =
  addressed === null ? null : Promise.allSettled([session, listed, start])

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

/** The article to open at start (named by the address, else the last one open), or null; once. */
export function firstArticle(): Promise<OpenedArticle | null> {
  const early = start
  start = null
  return early ?? Promise.resolve(null)
}
