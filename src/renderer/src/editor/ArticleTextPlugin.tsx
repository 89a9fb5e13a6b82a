import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { $createParagraphNode, $createTextNode, $getRoot, type NodeKey } from 'lexical'
import { useLayoutEffect } from 'react'
import { lineStarts, type ArticleLayout } from './article-layout'

/** Fills the editor with the article, one paragraph per line, and reports where each line is drawn. */
export function ArticleTextPlugin({ text, onLayout }: { text: string; onLayout: (layout: ArticleLayout) => void }) {
  const [editor] = useLexicalComposerContext()
  useLayoutEffect(() => {
    const keys: NodeKey[] = []
    editor.update(
      () => {
        const root = $getRoot()
        root.clear()
        for (const line of text.split('\n')) {
          const paragraph = $createParagraphNode()
          if (line) paragraph.append($createTextNode(line))
          root.append(paragraph)
          keys.push(paragraph.getKey())
        }
      },
      { discrete: true }
    )
    const paragraphs = keys.map((key) => editor.getElementByKey(key)).filter((el): el is HTMLElement => el !== null)
    if (paragraphs.length === keys.length) onLayout({ text, starts: lineStarts(text), paragraphs })
  }, [editor, text, onLayout])
  return null
}
