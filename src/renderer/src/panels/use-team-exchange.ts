// State and actions of the team-exchange UI: merging a bundle through its preview, the orphans of
// re-anchoring, and the agreement table. Every change goes through the contract.
import { useCallback, useState } from 'react'
import type {
  AdjudicableArticle,
  AgreementReport,
  BundleImportPreview,
  ConflictChoice,
  Orphan
} from '../../../shared/model'
import { api } from '../api'
import { fileToBase64 } from '../app/files'

export type TeamView =
  | { kind: 'closed' }
  | { kind: 'preview'; upload: { name: string; base64: string }; preview: BundleImportPreview }
  | {
      kind: 'team'
      orphans: Orphan[]
      agreement: AgreementReport
      adjudicable: AdjudicableArticle[]
      selection: TextSelection | null
    }

/** The text selected in the open article when the team dialog opened: where orphans re-attach. */
export interface TextSelection {
  articleId: number
  start: number
  end: number
}

interface Options {
  notify: (kind: 'info' | 'error', text: string, details?: string[]) => void
  /** Reloads what the rest of the workbench shows after the corpus changed. */
  onCorpusChanged: () => Promise<void>
}

/** What the team dialog shows: orphans, agreement, and the articles to adjudicate. */
async function teamReport() {
  const [orphans, agreement, adjudicable] = await Promise.all([
    api.listOrphans({}),
    api.getAgreement({}),
    api.listAdjudicable({})
  ])
  return { orphans, agreement, adjudicable }
}

export function useTeamExchange({ notify, onCorpusChanged }: Options) {
  const [view, setView] = useState<TeamView>({ kind: 'closed' })

  const attempt = useCallback(
    async (work: () => Promise<void>) => {
      try {
        await work()
      } catch (error) {
        notify('error', (error as Error).message)
      }
    },
    [notify]
  )

  const previewMerge = useCallback(
    (file: File) =>
      attempt(async () => {
        const upload = { name: file.name, base64: await fileToBase64(file) }
        setView({ kind: 'preview', upload, preview: await api.previewBundleImport(upload) })
      }),
    [attempt]
  )

  const applyMerge = useCallback(
    (choices: Record<string, ConflictChoice>) =>
      attempt(async () => {
        if (view.kind !== 'preview') return
        const r = await api.applyBundleImport({ ...view.upload, choices })
        setView({ kind: 'closed' })
        notify(
          'info',
          `${r.file}: annotations ${r.annotationsAdded} added, ${r.annotationsChanged} changed, ${r.annotationsDeleted} deleted, ${r.conflictsResolved} conflicts settled, ${r.orphans} orphaned`,
          r.conflicts.map((id) => `conflict left unsettled, kept as stored: ${id}`)
        )
        await onCorpusChanged()
      }),
    [attempt, notify, onCorpusChanged, view]
  )

  const openTeam = useCallback(
    (selection: TextSelection | null) =>
      attempt(async () => {
        setView({ kind: 'team', ...(await teamReport()), selection })
      }),
    [attempt]
  )

  const reattach = useCallback(
    (orphan: Orphan) =>
      attempt(async () => {
        const span = view.kind === 'team' ? view.selection : null
        if (!span || span.articleId !== orphan.articleId) {
          notify('error', `Close this, open “${orphan.articleTitle}”, select the text for it, then open Team again.`)
          return
        }
        await api.reattachOrphan({ id: orphan.id, start: span.start, end: span.end })
        notify('info', `Re-attached the ${orphan.tag} “${orphan.quote.exact}”.`)
        await onCorpusChanged()
        setView({ kind: 'team', ...(await teamReport()), selection: null })
      }),
    [attempt, notify, onCorpusChanged, view]
  )

  const close = useCallback(() => setView({ kind: 'closed' }), [])

  return { view, previewMerge, applyMerge, openTeam, reattach, close }
}
