import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical'
import { useLayoutEffect, useRef } from 'react'
import { lineStarts, type ArticleLayout } from './article-layout'

/** Builds the article as one paragraph per line; runs inside a Lexical update. */
export function $fillWithText(text: string): void {
  const root = $getRoot()
  root.clear()
  // One append of every paragraph: appending one at a time walks the children each time (O(n²)).
  root.append(
    ...text.split('\n').map((line) => {
      const paragraph = $createParagraphNode()
      return line ? paragraph.append($createTextNode(line)) : paragraph
    })
  )
}

/**
 * Reports where each line of the article is drawn. The text is normally the editor's initial state
 * (see ArticleEditor), drawn when Lexical mounts, so nothing reads the page's selection or layout
 * before the paragraphs exist; should `text` later differ from `initialText`, it is written here.
 */
export function ArticleTextPlugin(props: {
  initialText: string
  text: string
  onLayout: (layout: ArticleLayout) => void
}) {
  const { text, onLayout } = props
  const [editor] = useLexicalComposerContext()
  const written = useRef(props.initialText)
  useLayoutEffect(() => {
    if (text !== written.current) {
      editor.update(() => $fillWithText(text), { discrete: true })
      written.current = text
    }
    const keys = editor.getEditorState().read(() => $getRoot().getChildrenKeys())
    const paragraphs = keys.map((key) => editor.getElementByKey(key)).filter((el): el is HTMLElement => el !== null)
    if (paragraphs.length === keys.length) onLayout({ text, starts: lineStarts(text), paragraphs })
  }, [editor, text, onLayout])
  return null
}
