// Where batches of article files are imported: on the calling thread (tests, in-memory corpora), or
// on worker threads that each parse and write through their own connection to the same corpus file.
// Workers keep the app's main thread free during a large import, and two of them overlap one's
// parsing with the other's writing (SQLite serialises the writes themselves).
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { Db } from '../../db/connection'
import type { FileImportResult } from '../../../shared/model'
import { importBatch, type ArticleFile } from './import-batch'
import { createWriteTurn } from './write-turn'

export interface Importer {
  /** How many batches it works on at once; the import keeps that many in flight. */
  concurrency: number
  importBatch(files: readonly ArticleFile[], now: string): Promise<FileImportResult[]>
  close(): Promise<void>
}

/** Imports on the calling thread, through `db`. */
export function inlineImporter(db: Db): Importer {
  return { concurrency: 1, importBatch: async (files, now) => importBatch(db, files, now), close: async () => {} }
}

/** What a worker needs to open the corpus itself. */
export interface WorkerSetup {
  dataDir: string
  nativeBinding?: string
  /** The workers' shared write mutex (see write-turn.ts). */
  writeTurn?: SharedArrayBuffer
}

/** A batch as it travels to a worker: names, and all bytes in one transferred buffer (no copy). */
export interface PackedBatch {
  id: number
  now: string
  names: string[]
  offsets: number[]
  buffer: ArrayBuffer
}

export function packBatch(id: number, now: string, files: readonly ArticleFile[]): PackedBatch {
  const offsets = [0]
  for (const file of files) offsets.push(offsets[offsets.length - 1] + file.bytes.length)
  const bytes = new Uint8Array(offsets[offsets.length - 1])
  files.forEach((file, i) => bytes.set(file.bytes, offsets[i]))
  return { id, now, names: files.map((file) => file.name), offsets, buffer: bytes.buffer }
}

export function unpackBatch({ names, offsets, buffer }: PackedBatch): ArticleFile[] {
  const bytes = new Uint8Array(buffer)
  return names.map((name, i) => ({ name, bytes: bytes.subarray(offsets[i], offsets[i + 1]) }))
}

/**
 * Two workers where there are two cores: while one parses, the other writes. More would only queue
 * for SQLite's single writer.
 */
const defaultThreads = (): number => Math.max(1, Math.min(2, availableParallelism()))

/**
 * Imports on worker threads started from `workerFile` (the built import-worker.js). Falls back to
 * the calling thread where that file is absent (running from sources) or the corpus is in memory
 * (another thread cannot open it).
 */
export function workerImporter(workerFile: string, db: Db, setup: WorkerSetup, threads = defaultThreads()): Importer {
  if (!existsSync(workerFile) || setup.dataDir === ':memory:') return inlineImporter(db)
  const pool: ImportWorker[] = []
  const shared: WorkerSetup = { ...setup, writeTurn: createWriteTurn() }
  const pick = (): ImportWorker => {
    // A worker that died (its error was reported to its callers) is replaced by a new one.
    for (let i = pool.length - 1; i >= 0; i--) if (pool[i].exited) pool.splice(i, 1)
    const idle = pool.find((worker) => worker.pending === 0)
    if (idle) return idle
    if (pool.length < threads) {
      const started = new ImportWorker(workerFile, shared)
      pool.push(started)
      return started
    }
    return pool.reduce((a, b) => (b.pending < a.pending ? b : a))
  }
  return {
    concurrency: threads,
    importBatch: (files, now) => pick().importBatch(files, now),
    async close() {
      await Promise.all(pool.splice(0).map((worker) => worker.terminate()))
    }
  }
}

type Waiting = { resolve: (results: FileImportResult[]) => void; reject: (error: Error) => void }

/** One worker thread and the batches it has been given. */
class ImportWorker {
  private readonly worker: Worker
  private readonly waiting = new Map<number, Waiting>()
  private nextId = 0

  constructor(file: string, setup: WorkerSetup) {
    this.worker = new Worker(file, { workerData: setup })
    this.worker.on('message', (message: { id: number; results?: FileImportResult[]; error?: string }) => {
      const waiting = this.waiting.get(message.id)
      this.waiting.delete(message.id)
      if (message.error !== undefined) waiting?.reject(new Error(message.error))
      else waiting?.resolve(message.results ?? [])
      // An idle worker must not keep the CLI alive once its work is done.
      if (this.waiting.size === 0) this.worker.unref()
    })
    this.worker.on('error', (error) => this.failAll(error))
    this.worker.on('exit', (code) => {
      this.exited = true
      this.failAll(new Error(`the import worker stopped (exit code ${code})`))
    })
  }

  /** True once the thread has ended; it takes no more batches. */
  exited = false

  private failAll(error: Error): void {
    for (const waiting of this.waiting.values()) waiting.reject(error)
    this.waiting.clear()
  }

  get pending(): number {
    return this.waiting.size
  }

  importBatch(files: readonly ArticleFile[], now: string): Promise<FileImportResult[]> {
    const batch = packBatch(this.nextId++, now, files)
    // Held while it has work, or the process could exit in the middle of an import.
    this.worker.ref()
    return new Promise((resolve, reject) => {
      this.waiting.set(batch.id, { resolve, reject })
      this.worker.postMessage(batch, [batch.buffer])
    })
  }

  async terminate(): Promise<void> {
    await this.worker.terminate()
  }
}
