import { Worker } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../db/connection'
import { inlineImporter, packBatch, unpackBatch, workerImporter } from './importer'
import { createWriteTurn, withWriteTurn } from './write-turn'

const encoder = new TextEncoder()
const file = (name: string, text: string) => ({ name, bytes: encoder.encode(text) })

describe('the importer', () => {
  it('packs a batch into one buffer and unpacks the same names and bytes', () => {
    const files = [file('a.txt', 'Alpha 😀'), file('b.txt', ''), file('c.jsonl', '{"text":"γ"}')]
    const unpacked = unpackBatch(packBatch(7, 'now', files))
    expect(unpacked.map((f) => f.name)).toEqual(['a.txt', 'b.txt', 'c.jsonl'])
    expect(unpacked.map((f) => new TextDecoder().decode(f.bytes))).toEqual(['Alpha 😀', '', '{"text":"γ"}'])
  })

  it('imports on the calling thread when no worker file is built or the corpus is in memory', async () => {
    const db = openDatabase(':memory:')
    const importer = workerImporter('/nonexistent/import-worker.js', db, { dataDir: ':memory:' })
    expect(importer.concurrency).toBe(1)
    const results = await importer.importBatch([file('a.txt', 'Ferry vote passes\n\nSome text of the story.')], 'now')
    expect(results[0]).toMatchObject({ status: 'imported', titles: ['Ferry vote passes'] })
    expect(
      await inlineImporter(db).importBatch([file('a.txt', 'Ferry vote passes\n\nSome text of the story.')], 'now')
    ).toEqual([{ file: 'a.txt', status: 'duplicate', articleIds: [1], titles: [] }])
  })

  it('lets only one thread hold the write turn at a time', async () => {
    const turn = createWriteTurn()
    const log = new Int32Array(new SharedArrayBuffer(16))
    // A second thread takes the turn, notes that it holds it, and lets go after a moment.
    const source = `
      const { workerData } = require('node:worker_threads')
      const cell = new Int32Array(workerData.turn)
      const log = new Int32Array(workerData.log)
      while (Atomics.compareExchange(cell, 0, 0, 1) !== 0) Atomics.wait(cell, 0, 1)
      Atomics.store(log, 0, 1)
      Atomics.wait(log, 1, 0, 200)
      Atomics.store(log, 0, 2)
      Atomics.store(cell, 0, 0)
      Atomics.notify(cell, 0, 1)`
    const worker = new Worker(source, { eval: true, workerData: { turn, log: log.buffer } })
    while (Atomics.load(log, 0) === 0) await new Promise((resolve) => setTimeout(resolve, 5))
    const seenInside = withWriteTurn(turn, () => Atomics.load(log, 0))
    expect(seenInside).toBe(2)
    await worker.terminate()
  })
})
