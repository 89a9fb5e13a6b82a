import type { Notice } from './use-workbench'

/** Results and errors of actions, announced to screen readers; each stays until dismissed. */
export function Notices({ notices, onDismiss }: { notices: Notice[]; onDismiss: (id: number) => void }) {
  return (
    <section className="notices" aria-live="polite" aria-label="Messages">
      {notices.map((notice) => (
        <div key={notice.id} className={`notice ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          <p>{notice.text}</p>
          {notice.details && notice.details.length > 0 && (
            <ul>
              {notice.details.map((line, index) => (
                <li key={index}>{line}</li>
              ))}
            </ul>
          )}
          <button aria-label="Dismiss message" onClick={() => onDismiss(notice.id)}>
            ×
          </button>
        </div>
      ))}
    </section>
  )
}
