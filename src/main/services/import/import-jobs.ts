// Long imports as background jobs: started with an id, polled for progress, cancelled keeping what
// finished. The contract is request/response, so the renderer polls `importProgress`.
import type { ImportJob } from '../../../shared/model'
import { UserError } from '../../../shared/errors'
import type { Db } from '../../db/connection'
import { importArticleFiles, type ArticleFile } from '../import-articles'
import type { Importer } from './importer'

/** Ended jobs kept for polling; older ones are forgotten. */
const KEPT = 20

export class ImportJobs {
  private readonly jobs = new Map<number, ImportJob>()
  private nextId = 1

  constructor(
    private readonly db: Db,
    private readonly importer?: Importer
  ) {}

  /** Starts importing `files` and returns the job at once; the import runs on. */
  start(files: readonly ArticleFile[], now = new Date()): ImportJob {
    const job: ImportJob = {
      id: this.nextId++,
      state: 'running',
      done: 0,
      total: files.length,
      imported: 0,
      duplicates: 0,
      failed: 0,
      skipped: 0,
      rate: 0,
      report: null,
      error: null
    }
    this.jobs.set(job.id, job)
    this.forgetOld()
    const started = performance.now()
    const control = {
      onProgress: (done: number) => {
        job.done = done
        job.rate = Math.round(done / Math.max(0.001, (performance.now() - started) / 1000))
      },
      cancelled: () => job.state === 'cancelling'
    }
    importArticleFiles(this.db, files, this.importer, now, control).then(
      (report) => {
        Object.assign(job, {
          report,
          imported: report.imported,
          duplicates: report.duplicates,
          failed: report.failed,
          done: report.files.length,
          skipped: job.total - report.files.length,
          state: job.state === 'cancelling' ? 'cancelled' : 'done'
        })
      },
      (error: Error) => Object.assign(job, { state: 'failed', error: error.message })
    )
    return { ...job }
  }

  /** A job as it stands. */
  progress(id: number): ImportJob {
    const job = this.jobs.get(id)
    if (!job) throw new UserError(`There is no import ${id}; it may have ended long ago.`)
    return { ...job }
  }

  /** Asks a running job to stop after the batches under way; what they import is kept. */
  cancel(id: number): ImportJob {
    const job = this.jobs.get(id)
    if (!job) throw new UserError(`There is no import ${id}; it may have ended long ago.`)
    if (job.state === 'running') job.state = 'cancelling'
    return { ...job }
  }

  private forgetOld(): void {
    const ended = [...this.jobs.values()].filter((job) => job.state !== 'running' && job.state !== 'cancelling')
    for (const job of ended.slice(0, Math.max(0, ended.length - KEPT))) this.jobs.delete(job.id)
  }
}
