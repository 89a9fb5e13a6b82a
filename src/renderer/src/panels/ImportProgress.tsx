import type { ImportJob } from '../../../shared/model'
import './import-progress.css'

interface Props {
  job: ImportJob
  onCancel: () => void
  onDismiss: () => void
}

const STATE_WORDS: Record<ImportJob['state'], string> = {
  running: 'Importing',
  cancelling: 'Stopping after the files under way',
  done: 'Import finished',
  cancelled: 'Import cancelled',
  failed: 'Import failed'
}

/** A long import: a progress bar with Cancel while it runs, then the summary. */
export function ImportProgress({ job, onCancel, onDismiss }: Props) {
  const running = job.state === 'running' || job.state === 'cancelling'
  return (
    <section className="import-progress" aria-label="Import progress">
      <span>
        {STATE_WORDS[job.state]}: {job.done} of {job.total} files
        {job.rate > 0 && ` · ${job.rate} files/s`}
      </span>
      <progress max={job.total} value={job.done} aria-label="Files imported">
        {job.done} of {job.total}
      </progress>
      {running ? (
        <button onClick={onCancel} disabled={job.state === 'cancelling'}>
          Cancel import
        </button>
      ) : (
        <>
          <span role="status">
            {job.error ??
              `${job.imported} imported, ${job.duplicates} already present, ${job.failed} failed${
                job.skipped ? `, ${job.skipped} not started (cancelled)` : ''
              }`}
          </span>
          <button onClick={onDismiss} aria-label="Close the import summary">
            ×
          </button>
        </>
      )}
    </section>
  )
}
