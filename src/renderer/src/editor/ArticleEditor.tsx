import { LexicalComposer } from '@lexical/react/LexicalComposer'
import { ContentEditable } from '@lexical/react/LexicalContentEditable'
import { useEffect, useState, type MouseEvent } from 'react'
import { $fillWithText, ArticleTextPlugin } from './ArticleTextPlugin'
import type { ArticleLayout } from './article-layout'

const config = {
  namespace: 'article',
  editable: false,
  theme: { paragraph: 'article-line' },
  onError(error: Error) {
    throw error
  }
}

/**
 * True from mount until the browser is first idle after drawing: meanwhile only the lines near the
 * screen are laid out (the `opening` class in styles.css), then the rest in one go.
 */
function useOpening(): boolean {
  const [opening, setOpening] = useState(true)
  useEffect(() => {
    let idle = 0
    const frame = requestAnimationFrame(() => {
      idle = requestIdleCallback(() => setOpening(false), { timeout: 1000 })
    })
    return () => {
      cancelAnimationFrame(frame)
      cancelIdleCallback(idle)
    }
  }, [])
  return opening
}

interface Props {
  text: string
  caretMode: boolean
  onLayout: (layout: ArticleLayout) => void
  onClick: (event: MouseEvent<HTMLDivElement>) => void
}

/**
 * The article in a read-only Lexical editor: text cannot change, selection is free. Annotations are
 * not Lexical nodes; they are drawn over Lexical's text nodes (see highlights.ts). The text itself
 * takes keyboard focus, so caret mode (key c) can start from it. The text is the editor's initial
 * state, so give each article its own ArticleEditor (a React key).
 */
export function ArticleEditor({ text, caretMode, onLayout, onClick }: Props) {
  const [initialText] = useState(text)
  const [initialConfig] = useState(() => ({ ...config, editorState: () => $fillWithText(initialText) }))
  const opening = useOpening()
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className={`article-text${opening ? ' opening' : ''}${caretMode ? ' caret-mode' : ''}`} onClick={onClick}>
        <ContentEditable
          className="article-editable"
          aria-label={caretMode ? 'Article text, caret mode: arrows move, Shift+arrows select' : 'Article text'}
          aria-readonly="true"
          tabIndex={0}
        />
      </div>
      <ArticleTextPlugin initialText={initialText} text={text} onLayout={onLayout} />
    </LexicalComposer>
  )
}
