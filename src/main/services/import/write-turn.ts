// A mutex shared by the import workers (a SharedArrayBuffer and Atomics), so that a worker ready to
// write waits exactly until the other has committed. Left to SQLite's busy handler, the waiting
// worker would sleep in steps of up to 100 ms and the two would rarely overlap parsing with writing.

const FREE = 0
const TAKEN = 1

export function createWriteTurn(): SharedArrayBuffer {
  return new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)
}

/** Runs `write` while holding the turn; without a shared buffer (one thread), just runs it. */
export function withWriteTurn<T>(shared: SharedArrayBuffer | undefined, write: () => T): T {
  if (!shared) return write()
  const cell = new Int32Array(shared)
  while (Atomics.compareExchange(cell, 0, FREE, TAKEN) !== FREE) Atomics.wait(cell, 0, TAKEN)
  try {
    return write()
  } finally {
    Atomics.store(cell, 0, FREE)
    Atomics.notify(cell, 0, 1)
  }
}
