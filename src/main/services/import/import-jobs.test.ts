import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../db/connection'
import { ImportJobs } from './import-jobs'
import { inlineImporter, type Importer } from './importer'

const files = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    name: `report-${i}.txt`,
    bytes: new TextEncoder().encode(`Report ${i}\n\nThe council met for the ${i}th time and voted.`)
  }))

/** An importer that lets the test act between batches, as an analyst clicking Cancel would. */
function steppedImporter(db: ReturnType<typeof openDatabase>, afterBatch: (batch: number) => void): Importer {
  const inline = inlineImporter(db)
  let batch = 0
  return {
    concurrency: 1,
    async importBatch(batchFiles, now) {
      const results = await inline.importBatch(batchFiles, now)
      afterBatch(++batch)
      return results
    },
    close: async () => {}
  }
}

const until = async (check: () => boolean) => {
  while (!check()) await new Promise((resolve) => setImmediate(resolve))
}

describe('import jobs', () => {
  it('report progress while running and a summary with the rate at the end', async () => {
    const db = openDatabase(':memory:')
    const seen: number[] = []
    let jobs: ImportJobs | undefined = undefined
    let id = 0
    jobs = new ImportJobs(
      db,
      steppedImporter(db, () => seen.push(jobs!.progress(id).done))
    )
    id = jobs.start(files(600)).id
    expect(jobs.progress(id)).toMatchObject({ state: 'running', total: 600 })
    await until(() => jobs!.progress(id).state === 'done')
    expect(seen).toEqual([0, 250, 500])
    expect(jobs.progress(id)).toMatchObject({ done: 600, imported: 600, duplicates: 0, failed: 0, skipped: 0 })
    expect(jobs.progress(id).rate).toBeGreaterThan(0)
  })

  it('stop on cancel after the batch under way, keeping the articles it imported', async () => {
    const db = openDatabase(':memory:')
    let jobs: ImportJobs | undefined = undefined
    let id = 0
    jobs = new ImportJobs(
      db,
      steppedImporter(db, (batch) => batch === 1 && jobs!.cancel(id))
    )
    id = jobs.start(files(600)).id
    await until(() => jobs!.progress(id).state === 'cancelled')
    expect(jobs.progress(id)).toMatchObject({ done: 250, imported: 250, skipped: 350 })
    expect(db.prepare('SELECT count(*) FROM article').pluck().get()).toBe(250)
    expect(() => jobs!.progress(99)).toThrow(/no import 99/)
  })
})
