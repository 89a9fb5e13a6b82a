import { forwardRef, useImperativeHandle, useRef, type ChangeEvent } from 'react'
import type { HistoryState } from '../../../shared/editing'
import type { Analyst } from '../../../shared/model'
import type { FileCommand } from '../../../shared/menu'

export interface ToolbarHandle {
  run(command: FileCommand): void
}

interface Props {
  analyst: Analyst | null
  history: HistoryState
  onUndo: () => void
  onRedo: () => void
  onKeys: () => void
  onSettings: () => void
  onImportArticles: (files: File[]) => void
  onImportBundle: (file: File) => void
  onExportBundle: () => void
  /** Shows or hides stories and their comparison. */
  onStories?: () => void
  /** Shows or hides the overview charts. */
  onOverview?: () => void
  /** Team exchange (issue 5): merge a bundle through its preview; open agreement and orphans. */
  onMergeBundle?: (file: File) => void
  onOpenTeam?: () => void
}

/** Picks a bundle to merge through the import preview. */
function MergeBundleButton({ onMerge }: { onMerge: (file: File) => void }) {
  const input = useRef<HTMLInputElement>(null)
  return (
    <>
      <button onClick={() => input.current?.click()}>Merge bundle…</button>
      <input
        ref={input}
        type="file"
        hidden
        accept=".wbundle,.zip"
        aria-label="Bundle file to merge"
        onChange={(event) => {
          const file = event.target.files?.[0]
          event.target.value = ''
          if (file) onMerge(file)
        }}
      />
    </>
  )
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
      <button
        onClick={props.onUndo}
        disabled={!props.history.undo}
        aria-keyshortcuts="Control+Z"
        title={props.history.undo ? `Undo: ${props.history.undo} (Ctrl+Z)` : 'Nothing to undo'}
      >
        Undo
      </button>
      <button
        onClick={props.onRedo}
        disabled={!props.history.redo}
        aria-keyshortcuts="Control+Shift+Z"
        title={props.history.redo ? `Redo: ${props.history.redo} (Ctrl+Shift+Z)` : 'Nothing to redo'}
      >
        Redo
      </button>
      <button onClick={props.onSettings} aria-keyshortcuts="Control+,">
        Settings
      </button>
      <button onClick={props.onKeys} aria-keyshortcuts="?">
        Keys
      </button>
      {props.onMergeBundle && <MergeBundleButton onMerge={props.onMergeBundle} />}
      {props.onOpenTeam && <button onClick={props.onOpenTeam}>Team</button>}
      {props.onStories && <button onClick={props.onStories}>Stories</button>}
      {props.onOverview && <button onClick={props.onOverview}>Overview</button>}
      <span className="analyst" aria-label="Analyst">
        {props.analyst ? `Analyst: ${props.analyst.name}` : ''}
      </span>
    </header>
  )
})
