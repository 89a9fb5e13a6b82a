// Worker-thread entry (see importer.ts): opens its own connection to the corpus and imports the
// batches it is sent, replying with each file's result or with the error that stopped the batch.
import { parentPort, workerData } from 'node:worker_threads'
import { openDatabase } from '../../db/connection'
import { importBatch } from './import-batch'
import { unpackBatch, type PackedBatch, type WorkerSetup } from './importer'

const setup = workerData as WorkerSetup
const db = openDatabase(setup.dataDir, { nativeBinding: setup.nativeBinding })

parentPort?.on('message', (batch: PackedBatch) => {
  try {
    parentPort?.postMessage({ id: batch.id, results: importBatch(db, unpackBatch(batch), batch.now, setup.writeTurn) })
  } catch (error) {
    parentPort?.postMessage({ id: batch.id, error: (error as Error).stack ?? String(error) })
  }
})
