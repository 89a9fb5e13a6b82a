import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { ImportJob } from '../../../shared/model'
import { rangeOf, selectedSpan, type ArticleLayout } from '../editor/article-layout'
import { flashSpan } from '../editor/highlights'
import { bindingsFor } from '../keys/keymap'
import { AnnotationSidebar } from '../panels/AnnotationSidebar'
import { BulkTagging } from '../panels/BulkTagging'
import { ArticleDetails } from '../panels/ArticleDetails'
import { ArticleView } from '../panels/ArticleView'
import { AttributesPanel } from '../panels/AttributesPanel'
import { CheatSheet } from '../panels/CheatSheet'
import { CorpusList } from '../panels/CorpusList'
import { SettingsDialog } from '../panels/SettingsDialog'
import { TagBar } from '../panels/TagBar'
import { MergePreviewDialog } from '../panels/MergePreviewDialog'
import { TeamDialog } from '../panels/TeamDialog'
import { AdjudicationDialog } from '../panels/AdjudicationDialog'
import { useAdjudication } from '../panels/use-adjudication'
import { useTeamExchange } from '../panels/use-team-exchange'
import { SearchPanel, type SearchPanelHandle } from '../panels/search/SearchPanel'
import { StoriesPanel } from '../panels/stories/StoriesPanel'
import { OverviewPanel } from '../panels/overview/OverviewPanel'
import { ImportProgress } from '../panels/ImportProgress'
import { importSummary } from './import-summary'
import { useImportJob } from './use-import-job'
import { Notices } from './Notices'
import { ProfileDialog } from './ProfileDialog'
import { Toolbar, type ToolbarHandle } from './Toolbar'
import { useCommands } from './use-commands'
import { useSpanReveal } from './use-span-reveal'
import { useWorkbench } from './use-workbench'

type Panel = 'attributes' | 'cheat-sheet' | 'settings' | null

export function App() {
  const wb = useWorkbench()
  const tags = useMemo(() => wb.session?.tags ?? [], [wb.session])
  const keyBindings = wb.session?.keyBindings
  const bindings = useMemo(() => bindingsFor(tags, keyBindings), [tags, keyBindings])
  const layoutRef = useRef<ArticleLayout | null>(null)
  const [layoutVersion, setLayoutVersion] = useState(0)
  const filterRef = useRef<HTMLInputElement>(null)
  const toolbarRef = useRef<ToolbarHandle>(null)
  const [panel, setPanel] = useState<Panel>(null)
  const { article, annotations, focusedId, setFocusedId, notify } = wb
  const searchRef = useRef<SearchPanelHandle>(null)
  const openAt = useSpanReveal(layoutRef, layoutVersion, article, wb.openArticle)
  const [view, setView] = useState<'article' | 'stories' | 'overview'>('article')
  const reportError = useCallback((error: unknown) => notify('error', (error as Error).message), [notify])
  const { refreshArticles } = wb
  const onImportEnded = useCallback(
    (job: ImportJob) => {
      notify(job.failed || job.error ? 'error' : 'info', ...importSummary(job))
      refreshArticles().catch(reportError)
    },
    [notify, refreshArticles, reportError]
  )
  const importJob = useImportJob(onImportEnded, reportError)

  // The article view paints from the new layout in the commit that made it; what else follows the
  // layout (span reveal, bulk tagging) re-renders in a transition, after that commit is on screen.
  const onLayoutChange = useCallback(() => startTransition(() => setLayoutVersion((v) => v + 1)), [])
  const team = useTeamExchange({
    notify,
    onCorpusChanged: async () => {
      await wb.refreshArticles()
      if (article) await wb.openArticle(article.id)
    }
  })

  const adjudication = useAdjudication({
    notify,
    applyEdit: wb.applyEdit,
    undo: wb.undo,
    redo: wb.redo,
    showSpan: openAt,
    focusAnnotation: setFocusedId
  })

  const reveal = useCallback(
    (id: string | null) => {
      setFocusedId(id)
      const annotation = annotations.find((a) => a.id === id)
      const layout = layoutRef.current
      if (!annotation || !layout) return
      const rect = rangeOf(layout, annotation.start, annotation.end).getBoundingClientRect()
      const scroller = layout.paragraphs[0]?.closest('.article-scroll')
      if (scroller) {
        const box = scroller.getBoundingClientRect()
        if (rect.top < box.top || rect.bottom > box.bottom) scroller.scrollTop += rect.top - box.top - box.height / 3
      }
      flashSpan(layout, annotation.start, annotation.end)
    },
    [annotations, setFocusedId]
  )

  const commands = useCommands({
    enabled: Boolean(wb.session?.analyst),
    bindings,
    layoutRef,
    filterRef,
    focusSearch: () => searchRef.current?.focus(),
    toolbarRef,
    articles: wb.articles,
    articleId: article?.id ?? null,
    annotations,
    focusedId,
    reveal,
    openArticle: wb.openArticle,
    tagSpan: wb.tagSpan,
    updateAnnotation: wb.updateAnnotation,
    deleteAnnotation: wb.deleteAnnotation,
    undo: wb.undo,
    redo: wb.redo,
    setStatus: wb.setStatus,
    notify: wb.notify,
    openPanel: setPanel,
    panel,
    snapToWords: wb.session?.snapToWords ?? true,
    setSnapToWords: wb.setSnapToWords,
    adjudicate: () => {
      if (article) void adjudication.open(article.id)
    }
  })

  const { run } = commands
  useEffect(() => window.workbenchMenu?.onCommand((command) => run({ kind: command })), [run])
  const focused = annotations.find((a) => a.id === focusedId) ?? null
  const summary = article && wb.articles.find((a) => a.id === article.id)

  return (
    <div className="app">
      <Toolbar
        ref={toolbarRef}
        analyst={wb.session?.analyst ?? null}
        history={wb.session?.history ?? { undo: null, redo: null }}
        onImportArticles={(files) => void importJob.start(files)}
        onImportBundle={wb.importBundle}
        onExportBundle={wb.exportBundle}
        onUndo={wb.undo}
        onRedo={wb.redo}
        onKeys={() => setPanel('cheat-sheet')}
        onSettings={() => setPanel('settings')}
        onMergeBundle={(file) => void team.previewMerge(file)}
        onOpenTeam={() => {
          const span = layoutRef.current && selectedSpan(layoutRef.current, window.getSelection())
          void team.openTeam(span && article ? { articleId: article.id, ...span } : null)
        }}
        onStories={() => setView((v) => (v === 'stories' ? 'article' : 'stories'))}
        onOverview={() => setView((v) => (v === 'overview' ? 'article' : 'overview'))}
      />
      {importJob.job && (
        <ImportProgress job={importJob.job} onCancel={importJob.cancel} onDismiss={importJob.dismiss} />
      )}
      <SearchPanel
        ref={searchRef}
        tags={tags}
        onTagged={(result) => {
          void wb.applyEdit(result)
          notify('info', result.label)
        }}
        onError={(message) => notify('error', message)}
        onOpen={(target) => {
          setView('article')
          openAt(target)
        }}
      />
      <StoriesPanel
        open={view === 'stories'}
        articles={wb.articles}
        onClose={() => setView('article')}
        onOpen={openAt}
        report={reportError}
      />
      <OverviewPanel open={view === 'overview'} tags={tags} onClose={() => setView('article')} report={reportError} />
      <div className="panes" hidden={view !== 'article'}>
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
              <TagBar
                tags={tags}
                annotations={annotations}
                status={summary?.status ?? article.status}
                snap={commands.snap}
                caretMode={commands.caret !== null}
                onTag={(tag) => commands.run({ kind: 'tag', tag })}
                onStatus={(status) => void wb.setStatus(status)}
              />
              <ArticleView
                articleId={article.id}
                text={article.text}
                annotations={annotations}
                tags={tags}
                focusedId={focusedId}
                caret={commands.caret}
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
        <div className="side-column">
          {panel === 'attributes' && focused && (
            <AttributesPanel
              key={focused.id}
              annotation={focused}
              tags={tags}
              onSave={(patch) => wb.updateAnnotation(focused.id, patch)}
              onClose={() => setPanel(null)}
            />
          )}
          <AnnotationSidebar
            annotations={annotations}
            tags={tags}
            focusedId={focusedId}
            onFocus={reveal}
            onDelete={(id) => void wb.deleteAnnotation(id)}
            onEdit={(id) => {
              reveal(id)
              setPanel('attributes')
            }}
          />
        </div>
      </div>
      <BulkTagging
        article={article}
        tags={tags}
        bindings={bindings}
        layoutRef={layoutRef}
        layoutVersion={layoutVersion}
        applyEdit={wb.applyEdit}
        notify={notify}
      />
      <Notices notices={wb.notices} onDismiss={wb.dismiss} />
      {panel === 'cheat-sheet' && <CheatSheet bindings={bindings} onClose={() => setPanel(null)} />}
      {panel === 'settings' && wb.session && (
        <SettingsDialog
          tags={tags}
          keyBindings={wb.session.keyBindings}
          onTags={wb.setTags}
          onKeyBindings={wb.setKeyBindings}
          onClose={() => setPanel(null)}
        />
      )}
      {wb.session && !wb.session.analyst && <ProfileDialog onSave={wb.saveProfile} />}
      {team.view.kind === 'preview' && (
        <MergePreviewDialog
          preview={team.view.preview}
          onApply={(c) => void team.applyMerge(c)}
          onCancel={team.close}
        />
      )}
      {team.view.kind === 'team' && (
        <TeamDialog
          agreement={team.view.agreement}
          orphans={team.view.orphans}
          adjudicable={team.view.adjudicable}
          onAdjudicate={(articleId) => {
            team.close()
            void adjudication.open(articleId)
          }}
          onClose={team.close}
          onReattach={(orphan) => void team.reattach(orphan)}
        />
      )}
      {adjudication.view && (
        <AdjudicationDialog
          view={adjudication.view}
          tags={tags}
          onChooseAnalysts={adjudication.chooseAnalysts}
          onDecide={adjudication.decide}
          onHistory={adjudication.moveHistory}
          onShowRow={adjudication.showRow}
          onClose={adjudication.close}
        />
      )}
    </div>
  )
}
