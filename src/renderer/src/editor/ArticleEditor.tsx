import { LexicalComposer } from '@lexical/react/LexicalComposer'
import { ContentEditable } from '@lexical/react/LexicalContentEditable'
import type { MouseEvent } from 'react'
import { ArticleTextPlugin } from './ArticleTextPlugin'
import type { ArticleLayout } from './article-layout'

const initialConfig = {
  namespace: 'article',
  editable: false,
  theme: { paragraph: 'article-line' },
  onError(error: Error) {
    throw error
  }
}

interface Props {
  text: string
  onLayout: (layout: ArticleLayout) => void
  onClick: (event: MouseEvent<HTMLDivElement>) => void
}

/**
 * The article in a read-only Lexical editor: text cannot change, selection is free. Annotations are
 * not Lexical nodes; they are drawn over Lexical's text nodes (see highlights.ts).
 */
export function ArticleEditor({ text, onLayout, onClick }: Props) {
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="article-text" onClick={onClick}>
        <ContentEditable className="article-editable" aria-label="Article text" aria-readonly="true" />
      </div>
      <ArticleTextPlugin text={text} onLayout={onLayout} />
    </LexicalComposer>
  )
}
