// The worker thread that reads a bundle's annotations (annotation-reader.ts) while the import on the
// main thread writes them; reader-thread.ts starts it and takes its messages. Every message is
// followed by a tick of the shared counter the main thread waits on.
import { receiveMessageOnPort, workerData } from 'node:worker_threads'
import { readAnnotationBatches, type ReaderMessage, type ReaderSetup } from './annotation-reader'
import { encodeRows } from './row-wire'
import { POSTED, SETUP_POSTED, type ReaderWorkerData, type WireMessage } from './reader-thread'

const { fileName, entry, data, port, signals } = workerData as ReaderWorkerData
const flags = new Int32Array(signals)
let setup: ReaderSetup | null = null

const poll = (): ReaderSetup | null =>
  (setup ??= (receiveMessageOnPort(port)?.message as ReaderSetup | undefined) ?? null)

function post(message: ReaderMessage): void {
  const wire: WireMessage =
    message.kind === 'batch' ? { ...message, rows: encodeRows(message.rows, message.mayHoldNul) } : message
  port.postMessage(wire)
  Atomics.add(flags, POSTED, 1)
  Atomics.notify(flags, POSTED)
}

try {
  const source = {
    poll,
    wait(): ReaderSetup {
      for (;;) {
        const given = poll()
        if (given) return given
        Atomics.wait(flags, SETUP_POSTED, 0)
      }
    }
  }
  for (const message of readAnnotationBatches(fileName, entry, data, source)) post(message)
} catch (error) {
  post({ kind: 'problem', message: `Reading the bundle's annotations failed: ${(error as Error).message}` })
} finally {
  // Not closed: that could drop messages the main thread has yet to receive. The main thread ends it.
  port.unref()
}
