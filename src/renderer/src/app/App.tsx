import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { rangeOf, selectedSpan, type ArticleLayout } from '../editor/article-layout'
import { flashSpan } from '../editor/highlights'
import { trimSpan } from '../editor/span-trim'
import { bindingsFor, chordOf, commandFor, type AppCommand } from '../keys/keymap'
import { AnnotationSidebar } from '../panels/AnnotationSidebar'
import { ArticleDetails } from '../panels/ArticleDetails'
import { ArticleView } from '../panels/ArticleView'
import { CorpusList } from '../panels/CorpusList'
import { TagBar } from '../panels/TagBar'
import { Notices } from './Notices'
import { ProfileDialog } from './ProfileDialog'
import { Toolbar, type ToolbarHandle } from './Toolbar'
import { useWorkbench } from './use-workbench'

/** Keys typed into a form field belong to the field, not to the keymap. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.matches('input, textarea, select') || target.isContentEditable)
}

export function App() {
  const wb = useWorkbench()
  const tags = useMemo(() => wb.session?.tags ?? [], [wb.session])
  const bindings = useMemo(() => bindingsFor(tags), [tags])
  const layoutRef = useRef<ArticleLayout | null>(null)
  const [layoutVersion, setLayoutVersion] = useState(0)
  const filterRef = useRef<HTMLInputElement>(null)
  const toolbarRef = useRef<ToolbarHandle>(null)
  const { article, annotations, focusedId, tagSpan, deleteAnnotation, setFocusedId, notify } = wb

  const onLayoutChange = useCallback(() => setLayoutVersion((v) => v + 1), [])

  const reveal = useCallback(
    (id: string) => {
      const annotation = annotations.find((a) => a.id === id)
      const layout = layoutRef.current
      setFocusedId(id)
      if (!annotation || !layout) return
      const rect = rangeOf(layout, annotation.start, annotation.end).getBoundingClientRect()
      const scroller = layout.paragraphs[0]?.closest('.article-scroll')
      if (scroller) {
        const box = scroller.getBoundingClientRect()
        scroller.scrollTop += rect.top - box.top - box.height / 3
      }
      flashSpan(layout, annotation.start, annotation.end)
    },
    [annotations, setFocusedId]
  )

  const tagSelection = useCallback(
    async (tag: string) => {
      const layout = layoutRef.current
      const span = layout && selectedSpan(layout, window.getSelection())
      const trimmed = span && layout && trimSpan(layout.text, span.start, span.end)
      if (!trimmed) {
        notify('error', 'Select some text in the article first, then press the tag key.')
        return
      }
      const created = await tagSpan(tag, trimmed.start, trimmed.end)
      if (created) window.getSelection()?.removeAllRanges()
    },
    [notify, tagSpan]
  )

  const run = useCallback(
    (command: AppCommand) => {
      switch (command.kind) {
        case 'tag':
          return void tagSelection(command.tag)
        case 'delete-annotation':
          if (focusedId) void deleteAnnotation(focusedId)
          return
        case 'clear-focus':
          return setFocusedId(null)
        case 'focus-filter':
          return filterRef.current?.focus()
        case 'import-articles':
        case 'import-bundle':
        case 'export-bundle':
          return toolbarRef.current?.run(command.kind)
      }
    },
    [deleteAnnotation, focusedId, setFocusedId, tagSelection]
  )

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!wb.session?.analyst || isTyping(event.target)) return
      const command = commandFor(bindings, chordOf(event))
      if (!command) return
      // Delete/Backspace on a focused control other than an annotation row keeps its usual meaning.
      if (command.kind === 'delete-annotation' && !focusedId) return
      event.preventDefault()
      run(command)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [bindings, focusedId, run, wb.session])

  useEffect(() => window.workbenchMenu?.onCommand((command) => toolbarRef.current?.run(command)), [])

  return (
    <div className="app">
      <Toolbar
        ref={toolbarRef}
        analyst={wb.session?.analyst ?? null}
        onImportArticles={wb.importArticles}
        onImportBundle={wb.importBundle}
        onExportBundle={wb.exportBundle}
      />
      <div className="panes">
        <CorpusList
          articles={wb.articles}
          tags={tags}
          selectedId={article?.id ?? null}
          filter={wb.filter}
          filterRef={filterRef}
          onFilter={wb.setFilter}
          onOpen={(id) => void wb.openArticle(id)}
        />
        <main className="article-pane" aria-label="Article">
          {article ? (
            <>
              <ArticleDetails key={article.id} article={article} onSave={wb.saveDetails} />
              <TagBar tags={tags} annotations={annotations} onTag={(tag) => void tagSelection(tag)} />
              <ArticleView
                text={article.text}
                annotations={annotations}
                tags={tags}
                focusedId={focusedId}
                layoutRef={layoutRef}
                layoutVersion={layoutVersion}
                onLayoutChange={onLayoutChange}
                onFocusAnnotation={setFocusedId}
              />
            </>
          ) : (
            <p className="empty centered">Open an article from the list on the left.</p>
          )}
        </main>
        <AnnotationSidebar
          annotations={annotations}
          tags={tags}
          focusedId={focusedId}
          onFocus={reveal}
          onDelete={(id) => void deleteAnnotation(id)}
        />
      </div>
      <Notices notices={wb.notices} onDismiss={wb.dismiss} />
      {wb.session && !wb.session.analyst && <ProfileDialog onSave={wb.saveProfile} />}
    </div>
  )
}
