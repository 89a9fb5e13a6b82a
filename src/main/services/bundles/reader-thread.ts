// The main thread's side of reading a bundle's annotations (annotation-reader.ts) on a worker thread,
// started with the app and reused by every import:
// the import stays one synchronous transaction, and takes each batch as the worker sends it, waiting
// on a shared counter (Atomics.wait) and receiving with receiveMessageOnPort, so the worker inflates
// and parses while the import writes. Without a worker file the same reader runs in line.
import { existsSync } from 'node:fs'
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads'
import { UserError } from '../../../shared/errors'
import type { ZipEntry } from '../zip-entries'
import { decodeRows, type ArticleTexts, type WireRows } from './row-wire'
import {
  readAnnotationBatches,
  type AnnotationBatch,
  type ReaderMessage,
  type ReaderSetup,
  type SetupSource
} from './annotation-reader'

/**
 * Slots of one job's shared counters: messages the thread has posted; whether the setup was posted;
 * whether the import gave up on the job.
 */
export const POSTED = 0
export const SETUP_POSTED = 1
export const CANCELLED = 2
const SIGNAL_SLOTS = 3

/** A reader message as it crosses from the worker: a batch's rows encoded (row-wire.ts). */
export type WireMessage = Exclude<ReaderMessage, AnnotationBatch> | (Omit<AnnotationBatch, 'rows'> & { rows: WireRows })

/** One import's work for the thread (annotation-reader-worker.ts). */
export interface ReaderJob {
  fileName: string
  entry: Omit<ZipEntry, 'dataStart'>
  data: Uint8Array
  port: MessagePort
  signals: SharedArrayBuffer
}

/**
 * How long the import waits for the worker's next message before it gives up: a batch takes
 * milliseconds, so a minute of silence means the worker died.
 */
const SILENCE_MS = 60_000

/** The reader thread's young generation (MiB). */
const READER_YOUNG_MB = 64

/** A reader of a bundle's annotations, handing out its messages in order. */
export interface AnnotationReader {
  /** Gives the reader what it needs from the corpus; call once, before the first `next`. */
  setup(setup: ReaderSetup): void
  messages(): Generator<ReaderMessage, void, undefined>
  /** Stops the worker, if any; safe to call at any time and more than once. */
  close(): void
}

function inlineReader(fileName: string, entry: ZipEntry, data: Uint8Array): AnnotationReader {
  let given: ReaderSetup | null = null
  const source: SetupSource = {
    poll: () => given,
    wait: () => {
      if (!given) throw new Error('the annotation reader was read before its setup')
      return given
    }
  }
  return {
    setup: (setup) => void (given = setup),
    messages: () => readAnnotationBatches(fileName, entry, data, source),
    close: () => undefined
  }
}

/** The texts of the articles a setup gives rows to, by local id: what the wire's rows are cut from. */
function textsOf(setup: ReaderSetup): ArticleTexts {
  const texts = new Map<number, string>()
  for (const { articleId, text } of setup.articles) if (articleId !== null) texts.set(articleId, text)
  return texts
}

function* workerMessages(
  port: MessagePort,
  signals: Int32Array,
  texts: ArticleTexts
): Generator<ReaderMessage, void, undefined> {
  for (;;) {
    const posted = Atomics.load(signals, POSTED)
    const received = receiveMessageOnPort(port)
    if (received) {
      const message = received.message as WireMessage
      yield message.kind === 'batch' ? { ...message, rows: decodeRows(message.rows, texts) } : message
      if (message.kind !== 'batch') return
    } else if (Atomics.wait(signals, POSTED, posted, SILENCE_MS) === 'timed-out') {
      throw new UserError("Reading the bundle's annotations stopped answering; nothing was imported.")
    }
  }
}

/**
 * The reader's worker thread, started once by the host (at launch, so that no import waits for it)
 * and given one import at a time. A thread that died is started again for the next import.
 */
export class ReaderThread {
  private worker: Worker | null = null
  private ready: Promise<void> = Promise.resolve()

  constructor(private readonly file: string) {}

  /** Whether the built worker exists (not in unit tests, which run the sources). */
  get available(): boolean {
    return existsSync(this.file)
  }

  /** Starts the thread if it is not running; resolves once it waits for work. */
  warm(): Promise<void> {
    if (this.worker) return this.ready
    // Reading a bundle allocates some thirty short-lived objects per annotation: a young generation of
    // 64 MB (Node's default is 16 or 32) collects them a few times a batch instead of many, and
    // copies fewer of the batch's items that are still alive (6 % of the import's time in A/B runs).
    const worker = new Worker(this.file, { resourceLimits: { maxYoungGenerationSizeMb: READER_YOUNG_MB } })
    // An idle reader never keeps the process alive (the CLI exits when its command is done).
    worker.unref()
    worker.once('exit', () => {
      if (this.worker === worker) this.worker = null
    })
    this.worker = worker
    this.ready = new Promise((resolve, reject) => {
      worker.once('message', () => resolve())
      worker.once('error', reject)
    })
    this.ready.catch(() => undefined)
    return this.ready
  }

  /** A reader of one import's annotations on the thread (started now if it is not running). */
  reader(fileName: string, entry: ZipEntry, data: Uint8Array): AnnotationReader {
    void this.warm()
    const worker = this.worker as Worker
    const { port1, port2 } = new MessageChannel()
    const signals = new SharedArrayBuffer(SIGNAL_SLOTS * Int32Array.BYTES_PER_ELEMENT)
    const flags = new Int32Array(signals)
    // A copy of its own to hand over: `data` may be a view of a Buffer shared with the rest of the file.
    const copy = new Uint8Array(data)
    const { dataStart: _start, ...described } = entry
    const job: ReaderJob = { fileName, entry: described, data: copy, port: port2, signals }
    worker.postMessage(job, [port2, copy.buffer])
    let texts: ArticleTexts = new Map()
    return {
      setup(setup) {
        texts = textsOf(setup)
        port1.postMessage(setup)
        Atomics.store(flags, SETUP_POSTED, 1)
        Atomics.notify(flags, SETUP_POSTED)
      },
      messages: () => workerMessages(port1, flags, texts),
      close() {
        // The thread drops an unfinished job at its next step and waits for the next one.
        Atomics.store(flags, CANCELLED, 1)
        Atomics.notify(flags, SETUP_POSTED)
        port1.close()
      }
    }
  }

  /** Ends the thread. */
  close(): Promise<number> | undefined {
    const worker = this.worker
    this.worker = null
    return worker?.terminate()
  }
}

/**
 * A reader of the annotations entry of a bundle's zip `bytes`, started at once: on `thread` when
 * given and built, else in line.
 */
export function startAnnotationReader(
  fileName: string,
  bytes: Uint8Array,
  entry: ZipEntry,
  thread?: ReaderThread
): AnnotationReader {
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize)
  return thread?.available ? thread.reader(fileName, entry, data) : inlineReader(fileName, entry, data)
}
