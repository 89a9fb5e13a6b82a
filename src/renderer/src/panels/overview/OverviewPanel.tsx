import { useEffect, useState } from 'react'
import type { CorpusOverview, Tag } from '../../../../shared/model'
import { api } from '../../api'
import { StackedBars } from './StackedBars'
import './overview.css'

interface Props {
  open: boolean
  tags: Tag[]
  onClose: () => void
  report: (error: unknown) => void
}

const STATUS_COLORS: Record<string, string> = { new: '#9ca3af', in_progress: '#f59e0b', done: '#10b981' }

/** Charts of the corpus: annotations per tag per outlet and per article, and article status. */
export function OverviewPanel({ open, tags, onClose, report }: Props) {
  const [overview, setOverview] = useState<CorpusOverview | null>(null)
  useEffect(() => {
    if (open) api.getOverview({}).then(setOverview, report)
  }, [open, report])

  return (
    <section className="overview-panel" aria-label="Overview" hidden={!open}>
      <div className="stories-head">
        <h2>Overview</h2>
        <button onClick={onClose}>Back to the article</button>
      </div>
      {overview && (
        <>
          <p>
            {overview.articles} articles, {overview.annotations} annotations.
          </p>
          <StackedBars
            title="Annotations per tag per outlet"
            series={tags}
            rows={overview.byOutlet.map((o) => ({
              key: o.outlet,
              label: `${o.outlet} (${o.articles})`,
              counts: o.counts
            }))}
          />
          <StackedBars
            title="Annotations per tag per article (most annotated)"
            series={tags}
            rows={overview.byArticle.map((a) => ({
              key: String(a.articleId),
              label: `${a.outlet ?? 'unknown outlet'} · ${a.title}`,
              counts: a.counts
            }))}
          />
          <StackedBars
            title="Articles per status"
            series={overview.byStatus.map((s) => ({
              name: s.status,
              label: s.status.replace('_', ' '),
              color: STATUS_COLORS[s.status] ?? '#6b7280'
            }))}
            rows={[
              {
                key: 'all',
                label: 'All articles',
                counts: Object.fromEntries(overview.byStatus.map((s) => [s.status, s.articles]))
              }
            ]}
          />
        </>
      )}
    </section>
  )
}
