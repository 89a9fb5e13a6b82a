// The worker thread that reads bundles' annotations (annotation-reader.ts) while the import on the
// main thread writes them. ReaderThread (reader-thread.ts) starts it with the app and sends it one
// job per import; every message of a job is followed by a tick of the job's shared counter, on which
// the main thread waits.
import { parentPort, receiveMessageOnPort } from 'node:worker_threads'
import { readAnnotationBatches, type ReaderMessage, type ReaderSetup } from './annotation-reader'
import { encodeRows } from './row-wire'
import { CANCELLED, POSTED, SETUP_POSTED, type ReaderJob, type WireMessage } from './reader-thread'

/** Thrown inside a job the import gave up on, to drop it. */
class Cancelled extends Error {}

function run({ fileName, entry, data, port, signals }: ReaderJob): void {
  const flags = new Int32Array(signals)
  const cancelled = () => Atomics.load(flags, CANCELLED) === 1
  let setup: ReaderSetup | null = null
  const poll = (): ReaderSetup | null =>
    (setup ??= (receiveMessageOnPort(port)?.message as ReaderSetup | undefined) ?? null)
  const post = (message: ReaderMessage) => {
    if (cancelled()) throw new Cancelled()
    const wire: WireMessage =
      message.kind === 'batch' ? { ...message, rows: encodeRows(message.rows, message.mayHoldNul) } : message
    port.postMessage(wire)
    Atomics.add(flags, POSTED, 1)
    Atomics.notify(flags, POSTED)
  }
  const source = {
    poll,
    wait(): ReaderSetup {
      for (;;) {
        const given = poll()
        if (given) return given
        if (cancelled()) throw new Cancelled()
        Atomics.wait(flags, SETUP_POSTED, 0)
      }
    }
  }
  try {
    for (const message of readAnnotationBatches(fileName, entry, data, source)) post(message)
  } catch (error) {
    if (error instanceof Cancelled) return
    post({ kind: 'problem', message: `Reading the bundle's annotations failed: ${(error as Error).message}` })
  } finally {
    // Not closed: that could drop messages the main thread has yet to receive; it closes its end.
    port.unref()
  }
}

parentPort?.on('message', (job: ReaderJob) => {
  try {
    run(job)
  } catch {
    // A job the import gave up on while a message was being posted: nothing waits for it.
  }
})
// Ready for work: the modules are loaded.
parentPort?.postMessage('ready')
