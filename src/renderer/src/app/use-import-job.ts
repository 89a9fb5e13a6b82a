// Article imports as background jobs: start, poll the progress every few hundred milliseconds, cancel
// keeping what finished, and report the summary when the job ends.
import { useCallback, useEffect, useState } from 'react'
import type { ImportJob } from '../../../shared/model'
import { api } from '../api'
import { fileToBase64 } from './files'

/** Often enough for a bar that moves smoothly, rarely enough to cost nothing. */
const POLL_MS = 300

export function useImportJob(onEnded: (job: ImportJob) => void, report: (error: unknown) => void) {
  const [job, setJob] = useState<ImportJob | null>(null)
  const running = job !== null && (job.state === 'running' || job.state === 'cancelling')

  useEffect(() => {
    if (!job || !running) return
    const timer = window.setTimeout(() => {
      api.importProgress({ jobId: job.id }).then((next) => {
        setJob(next)
        if (next.state !== 'running' && next.state !== 'cancelling') onEnded(next)
      }, report)
    }, POLL_MS)
    return () => window.clearTimeout(timer)
  }, [job, running, onEnded, report])

  const start = useCallback(
    async (files: File[]) => {
      try {
        const uploads = await Promise.all(
          files.map(async (file) => ({ name: file.name, base64: await fileToBase64(file) }))
        )
        setJob(await api.startImport({ files: uploads }))
      } catch (error) {
        report(error)
      }
    },
    [report]
  )

  const cancel = useCallback(() => {
    if (job) api.cancelImport({ jobId: job.id }).then(setJob, report)
  }, [job, report])

  return { job, running, start, cancel, dismiss: () => setJob(null) }
}
