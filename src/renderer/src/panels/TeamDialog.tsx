import type { AdjudicableArticle, AgreementReport, Orphan } from '../../../shared/model'
import './team.css'
import { Dialog } from './Dialog'

const cell = (value: number | null) => (value === null ? '—' : value.toFixed(2))

interface Props {
  agreement: AgreementReport
  orphans: Orphan[]
  adjudicable: AdjudicableArticle[]
  /** Opens the adjudication view of an article. */
  onAdjudicate: (articleId: number) => void
  /** Attaches an orphan to the text selected in the open article. */
  onReattach: (orphan: Orphan) => void
  onClose: () => void
}

/**
 * Agreement between analysts per tag, the articles to adjudicate, and the annotations waiting to be
 * re-attached. Escape closes.
 */
export function TeamDialog({ agreement, orphans, adjudicable, onAdjudicate, onReattach, onClose }: Props) {
  return (
    <Dialog className="modal team-dialog" labelledBy="team-title" onClose={onClose}>
      <h2 id="team-title">Team</h2>
      <h3>Agreement</h3>
      <p>
        {agreement.articles} article(s) annotated by two or more analysts
        {agreement.analysts.length > 0 && `: ${agreement.analysts.map((a) => a.name).join(', ')}`}.
      </p>
      <table aria-label="Agreement per tag">
        <thead>
          <tr>
            <th scope="col">Tag</th>
            <th scope="col">Spans</th>
            <th scope="col">Exact F1</th>
            <th scope="col">Overlap F1</th>
            <th scope="col">Token κ</th>
          </tr>
        </thead>
        <tbody>
          {agreement.tags.map((row) => (
            <tr key={row.tag}>
              <th scope="row">{row.tag}</th>
              <td>{row.spans}</td>
              <td>{cell(row.exactF1)}</td>
              <td>{cell(row.overlapF1)}</td>
              <td>{cell(row.kappa)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Adjudication</h3>
      {adjudicable.length === 0 ? (
        <p>No article has annotations by two analysts yet.</p>
      ) : (
        <ul aria-label="Articles to adjudicate" className="adjudicable">
          {adjudicable.map((item) => (
            <li key={item.articleId}>
              {item.title}: {item.analysts.map((entry) => entry.analyst.name).join(', ')} — {item.open} open{' '}
              <button
                onClick={() => onAdjudicate(item.articleId)}
                aria-label={`Adjudicate “${item.title}” (${item.open} open)`}
              >
                Adjudicate
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3>Orphans ({orphans.length})</h3>
      {orphans.length > 0 && <p>To re-attach one, select its text in the open article before opening this dialog.</p>}
      {orphans.length === 0 ? (
        <p>Every annotation is anchored.</p>
      ) : (
        <ul aria-label="Orphaned annotations">
          {orphans.map((orphan) => (
            <li key={orphan.id}>
              <strong>{orphan.tag}</strong> “{orphan.quote.exact}” on {orphan.articleTitle}, by {orphan.creator.name}
              <br />
              <small>{orphan.reason}</small>{' '}
              <button
                onClick={() => onReattach(orphan)}
                aria-label={`Re-attach “${orphan.quote.exact}” to the selected text`}
              >
                Re-attach to selection
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="modal-actions">
        <button autoFocus onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  )
}
