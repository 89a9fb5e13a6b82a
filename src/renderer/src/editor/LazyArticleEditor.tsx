// The article editor (Lexical, the largest part of the renderer) comes as its own chunk, fetched and
// run as soon as the app starts but not waited for: the corpus list is shown without it, and it is
// usually ready before an article is opened.
import { createElement, useEffect, useState, type ComponentProps } from 'react'
import type { ArticleEditor } from './ArticleEditor'

type Editor = typeof ArticleEditor

let loaded: Editor | null = null
const loading = import('./ArticleEditor').then((module) => (loaded = module.ArticleEditor))

/** Settles once the editor's chunk has run or failed to load. */
export const editorLoaded: Promise<unknown> = loading.catch(() => undefined)

/** ArticleEditor once its chunk has run; a line saying so until then. */
export function LazyArticleEditor(props: ComponentProps<Editor>) {
  const [editor, setEditor] = useState<Editor | null>(() => loaded)
  useEffect(() => {
    if (editor) return
    let current = true
    void loading.then((component) => current && setEditor(() => component))
    return () => {
      current = false
    }
  }, [editor])
  // The component is the module's one ArticleEditor, the same on every render.
  return editor ? createElement(editor, props) : <p className="empty">Loading the article view…</p>
}
