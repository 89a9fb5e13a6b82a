import { forwardRef, useImperativeHandle, useRef, type ChangeEvent } from 'react'
import type { Analyst } from '../../../shared/model'
import type { MenuCommand } from '../../../shared/menu'

export interface ToolbarHandle {
  run(command: MenuCommand): void
}

interface Props {
  analyst: Analyst | null
  onImportArticles: (files: File[]) => void
  onImportBundle: (file: File) => void
  onExportBundle: () => void
}

const ARTICLE_TYPES = '.txt,.md,.markdown,.html,.htm,.jsonl'

/** Import and export, as buttons; the keymap and the Electron menu reach the same actions. */
export const Toolbar = forwardRef<ToolbarHandle, Props>(function Toolbar(props, ref) {
  const articlesInput = useRef<HTMLInputElement>(null)
  const bundleInput = useRef<HTMLInputElement>(null)

  useImperativeHandle(ref, () => ({
    run(command) {
      if (command === 'import-articles') articlesInput.current?.click()
      else if (command === 'import-bundle') bundleInput.current?.click()
      else props.onExportBundle()
    }
  }))

  const take = (event: ChangeEvent<HTMLInputElement>): File[] => {
    const files = Array.from(event.target.files ?? [])
    event.target.value = ''
    return files
  }

  return (
    <header className="toolbar">
      <span className="app-name">News Annotation Workbench</span>
      <button onClick={() => articlesInput.current?.click()} aria-keyshortcuts="Control+O">
        Import articles
      </button>
      <input
        ref={articlesInput}
        type="file"
        multiple
        hidden
        accept={ARTICLE_TYPES}
        aria-label="Article files to import"
        onChange={(event) => {
          const files = take(event)
          if (files.length) props.onImportArticles(files)
        }}
      />
      <button onClick={() => bundleInput.current?.click()} aria-keyshortcuts="Control+Shift+O">
        Import bundle
      </button>
      <input
        ref={bundleInput}
        type="file"
        hidden
        accept=".wbundle,.zip"
        aria-label="Bundle file to import"
        onChange={(event) => {
          const [file] = take(event)
          if (file) props.onImportBundle(file)
        }}
      />
      <button onClick={props.onExportBundle} aria-keyshortcuts="Control+Shift+E">
        Export bundle
      </button>
      <span className="analyst" aria-label="Analyst">
        {props.analyst ? `Analyst: ${props.analyst.name}` : ''}
      </span>
    </header>
  )
})
