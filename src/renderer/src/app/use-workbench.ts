// The renderer's state and the actions that change it. Every action calls the contract and then
// takes the rows main returns: main's database is the only source of truth.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { Session } from '../../../shared/contract'
import type { Annotation, Article, ArticleMetaPatch, ArticleSummary } from '../../../shared/model'
import { api } from '../api'
import { downloadBase64, fileToBase64 } from './files'
import { showArticleInAddress } from './address'
import { early, fetchArticle, firstArticle, firstArticles, firstSession, type OpenedArticle } from './first-calls'
import { useEditing } from './use-editing'

export interface Notice {
  id: number
  kind: 'info' | 'error'
  text: string
  details?: string[]
}

let noticeId = 0

export function useWorkbench() {
  // Empty until the first calls answer, unless the first render waited for them (see main.tsx).
  const [session, setSession] = useState<Session | null>(() => early.session ?? null)
  const [articles, setArticles] = useState<ArticleSummary[]>(() => early.articles ?? [])
  const [filter, setFilter] = useState('')
  const [article, setArticle] = useState<Article | null>(() => early.article?.article ?? null)
  const [annotations, setAnnotations] = useState<Annotation[]>(() => early.article?.annotations ?? [])
  const [focusedId, setFocusedId] = useState<string | null>(null)
  const [notices, setNotices] = useState<Notice[]>([])

  const notify = useCallback((kind: Notice['kind'], text: string, details?: string[]) => {
    const notice = { id: ++noticeId, kind, text, details }
    setNotices((current) => [...current.slice(-3), notice])
    // Results fade after a while; errors stay until the analyst dismisses them.
    if (kind === 'info') window.setTimeout(() => setNotices((current) => current.filter((n) => n !== notice)), 12_000)
  }, [])
  const dismiss = useCallback((id: number) => setNotices((current) => current.filter((n) => n.id !== id)), [])

  /** Runs an action and shows its error, if any, instead of losing it. */
  const attempt = useCallback(
    async <T>(action: () => Promise<T>): Promise<T | undefined> => {
      try {
        return await action()
      } catch (error) {
        notify('error', (error as Error).message)
        return undefined
      }
    },
    [notify]
  )

  const refreshArticles = useCallback(async () => setArticles(await api.listArticles({ filter })), [filter])

  const report = useCallback((error: unknown) => notify('error', (error as Error).message), [notify])
  useEffect(() => {
    firstSession().then(setSession, report)
  }, [report])
  useEffect(() => {
    firstArticles(filter).then(setArticles, report)
  }, [filter, report])

  const show = useCallback((opened: OpenedArticle, focus: string | null) => {
    setArticle(opened.article)
    setAnnotations(opened.annotations)
    setFocusedId(focus)
  }, [])

  // Opens asked for by the analyst so far: the article to start with is not shown over one of them.
  const opens = useRef(0)
  const openArticle = useCallback(
    (id: number, focus: string | null = null) => {
      opens.current++
      return attempt(async () => show(await fetchArticle(id), focus))
    },
    [attempt, show]
  )

  useEffect(() => {
    firstArticle().then((opened) => {
      if (opens.current > 0) return
      if (opened) show(opened, null)
      else showArticleInAddress(null)
    }, report)
  }, [report, show])

  // The address names the article on screen (a reload reopens it) and main records it as the last
  // one open (a new start reopens it).
  const articleId = article?.id ?? null
  useEffect(() => {
    if (articleId === null) return
    showArticleInAddress(articleId)
    api.setLastArticle({ id: articleId }).catch(report)
  }, [articleId, report])

  const saveProfile = useCallback(async (name: string) => {
    const analyst = await api.setProfile({ name })
    setSession((current) => (current ? { ...current, analyst } : current))
  }, [])

  const saveDetails = useCallback(
    async (patch: ArticleMetaPatch) => {
      if (!article) return
      setArticle(await api.updateArticle({ id: article.id, patch }))
      await refreshArticles()
    },
    [article, refreshArticles]
  )

  const importBundle = useCallback(
    (file: File) =>
      attempt(async () => {
        const r = await api.importBundle({ name: file.name, base64: await fileToBase64(file) })
        notify(
          'info',
          `${r.file}: ${r.articlesAdded} articles added (${r.articlesExisting} already present); annotations ${r.annotationsAdded} added, ${r.annotationsUnchanged} unchanged, ${r.annotationsConflicting} conflicting`,
          r.conflicts.map((id) => `conflict kept as stored: ${id}`)
        )
        await refreshArticles()
        if (article) await openArticle(article.id)
      }),
    [article, attempt, notify, openArticle, refreshArticles]
  )

  const exportBundle = useCallback(
    () =>
      attempt(async () => {
        const bundle = await api.exportBundle({})
        downloadBase64(bundle.fileName, bundle.base64)
        notify('info', `Exported ${bundle.fileName}: ${bundle.articles} articles, ${bundle.annotations} annotations`)
      }),
    [attempt, notify]
  )

  const editing = useEditing({
    article,
    annotations,
    setAnnotations,
    setArticles,
    setSession,
    setFocusedId,
    openArticle,
    attempt,
    notify
  })

  return {
    ...editing,
    session,
    articles,
    filter,
    setFilter,
    article,
    annotations,
    focusedId,
    setFocusedId,
    notices,
    notify,
    dismiss,
    openArticle,
    saveProfile,
    saveDetails,
    importBundle,
    exportBundle,
    refreshArticles
  }
}
