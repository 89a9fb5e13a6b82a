import type { ImportJob } from '../../../shared/model'

/** The notice at the end of an import: one summary line, and one line per file. */
export function importSummary(job: ImportJob): [string, string[]] {
  if (job.error) return [`Import failed: ${job.error}`, []]
  const details = (job.report?.files ?? []).map((r) =>
    r.status === 'failed'
      ? `${r.file}: ${r.reason}`
      : r.status === 'duplicate'
        ? `${r.file}: already in the corpus, nothing changed`
        : `${r.file}: imported ${r.titles.map((t) => `“${t}”`).join(', ')}`
  )
  const skipped = job.skipped ? `, ${job.skipped} not started (cancelled)` : ''
  return [
    `Import: ${job.imported} imported, ${job.duplicates} already present, ${job.failed} failed${skipped}`,
    details
  ]
}
