// What the editor benchmark runs inside the page. Times are the page's own performance.now() (zero at
// navigation start) and event timeStamps, so no Node-side timer or CDP round trip is in a figure.
// Every function here is sent to the page as source text: each must be self-contained.

/** Times (ms since navigation start) of what happened while a page opened. */
export interface OpenMarks {
  /** The first row of the corpus list appeared (app only; by address, it may come after the article). */
  listShown?: number
  /** The article's row was clicked (app only). */
  rowActivated?: number
  /** The app set data-article-ready (text and highlights drawn), or the baseline's DOMContentLoaded. */
  ready?: number
  /** The task after the first frame painted after `ready`: the page is on screen. */
  drawn?: number
  /** A probe key sent once `drawn` was seen: when it reached the page and when its handler ran. */
  probeSent?: number
  probeHandled?: number
}

/** One key-to-highlight measurement, all in ms from the key's timeStamp. */
export interface TagTiming {
  /** The createAnnotation request started (selection read, offsets found, trimmed). */
  requestStart: number
  /** Its response fully arrived: the contract round trip through the host, the service and SQLite. */
  responseEnd: number
  /** The first Range the renderer built after the response (the React render and commit lie before). */
  firstRange: number
  /** The new annotation's tag highlight was registered with a Range over the selected text. */
  highlight: number
  /** The task after the next frame, i.e. the highlight has been painted. */
  painted: number
  /** The sidebar's count showed the new row. */
  row: number
  /** The range was added to the tag's highlight at the key press, before main answered (pending). */
  pending: number
  /** The task after the frame that followed `pending`: the analyst sees the span tagged. */
  pendingPainted: number
  /** Ranges the renderer built between the response and the highlight (one per drawn span). */
  rangesBuilt: number
}

/**
 * The console message the probes log once `drawn` is recorded (written out in each page function:
 * they are sent as source text and cannot share this constant). The bench waits for it instead of
 * polling the page: Playwright's selector and function waits inject its own script into the page
 * (14–92 ms of the page's main thread in traces), which would land in the middle of an open.
 */
export const DRAWN_SIGNAL = 'editor-bench: drawn'

interface ArmedTag {
  name: string
  text: string
  count: number
  key: string
  keyAt?: number
  rowAt?: number
  highlightAt?: number
  paintedAt?: number
  pendingAt?: number
  pendingPaintedAt?: number
  ranges: number[]
  start: { node: Node; offset: number }
  end: { node: Node; offset: number }
}

interface EditorBenchState {
  marks: OpenMarks
  armed: ArmedTag | null
}

declare global {
  interface Window {
    __editorBench: EditorBenchState
  }
}

/**
 * Installed before any page script runs: records the open marks, the probe key, and, while a tag is
 * armed, the key's time, every Range the page creates, and when a highlight over the armed text is
 * registered (by wrapping CSS.highlights.set; the app's code is not touched).
 */
export function installProbes(): void {
  const state: EditorBenchState = { marks: {}, armed: null }
  window.__editorBench = state
  const now = () => performance.now()
  addEventListener(
    'click',
    (event) => {
      if ((event.target as Element).closest?.('.corpus-item')) state.marks.rowActivated ??= now()
    },
    true
  )
  addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Shift' && state.marks.drawn !== undefined && state.marks.probeHandled === undefined) {
        state.marks.probeSent = event.timeStamp
        state.marks.probeHandled = now()
      }
      if (state.armed && event.key === state.armed.key) state.armed.keyAt ??= event.timeStamp
    },
    true
  )
  new MutationObserver(() => {
    if (state.marks.listShown === undefined && document.querySelector('.corpus-item')) state.marks.listShown = now()
    if (state.marks.ready === undefined && document.querySelector('[data-article-ready]')) {
      state.marks.ready = now()
      requestAnimationFrame(() => {
        const channel = new MessageChannel()
        channel.port1.onmessage = () => {
          state.marks.drawn = now()
          console.debug('editor-bench: drawn') // DRAWN_SIGNAL
        }
        channel.port2.postMessage(null)
      })
    }
    const armed = state.armed
    const count = document.querySelector('.sidebar h2 .muted')?.textContent
    if (armed && armed.keyAt !== undefined && armed.rowAt === undefined && count === `(${armed.count})`) {
      armed.rowAt = now()
    }
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true })
  const createRange = Document.prototype.createRange
  Document.prototype.createRange = function (this: Document) {
    if (state.armed?.keyAt !== undefined && state.armed.highlightAt === undefined) state.armed.ranges.push(now())
    return createRange.call(this)
  }
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return
  const add = Highlight.prototype.add
  Highlight.prototype.add = function (this: Highlight, range: AbstractRange) {
    const armed = state.armed
    const same =
      armed &&
      armed.pendingAt === undefined &&
      armed.keyAt !== undefined &&
      range.startContainer === armed.start.node &&
      range.startOffset === armed.start.offset &&
      range.endContainer === armed.end.node &&
      range.endOffset === armed.end.offset
    if (armed && same) {
      armed.pendingAt = now()
      requestAnimationFrame(() => {
        const channel = new MessageChannel()
        channel.port1.onmessage = () => (armed.pendingPaintedAt = now())
        channel.port2.postMessage(null)
      })
    }
    return add.call(this, range)
  }
  const registry = CSS.highlights
  const set = registry.set.bind(registry)
  registry.set = (name: string, highlight: Highlight) => {
    const at = now()
    const armed = state.armed
    if (armed && armed.highlightAt === undefined && name === armed.name) {
      for (const range of highlight as unknown as Iterable<AbstractRange>) {
        const same =
          range.startContainer === armed.start.node &&
          range.startOffset === armed.start.offset &&
          range.endContainer === armed.end.node &&
          range.endOffset === armed.end.offset
        if (!same) continue
        armed.highlightAt = at
        requestAnimationFrame(() => {
          const channel = new MessageChannel()
          channel.port1.onmessage = () => (armed.paintedAt = now())
          channel.port2.postMessage(null)
        })
        break
      }
    }
    return set(name, highlight)
  }
}

/**
 * The baseline page has no readiness marker: DOMContentLoaded is its "ready", and the task after the
 * first frame painted after it (the whole text laid out and drawn) its "drawn", as for the app.
 */
export function markBaselineReady(): void {
  const marks = window.__editorBench.marks
  document.addEventListener('DOMContentLoaded', () => {
    marks.ready = performance.now()
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => {
        marks.drawn = performance.now()
        console.debug('editor-bench: drawn') // DRAWN_SIGNAL
      }
      channel.port2.postMessage(null)
    })
  })
}

export interface TagRequest {
  /** Index of the article line (the editor's paragraph) and the offsets inside it, in UTF-16 units. */
  line: number
  from: number
  to: number
  text: string
  highlight: string
  key: string
  count: number
}

/**
 * Selects `request.text` in the article's editor as a user's drag would (a DOM Range over its text
 * node, scrolled into view), arms the probes for its tag key, and resolves after two frames.
 */
export function selectAndArm(request: TagRequest): Promise<void> {
  const root = document.querySelector('.article-editable') as HTMLElement
  const paragraph = root.children[request.line] as HTMLElement
  const node = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT).nextNode()
  if (!node) throw new Error(`editor bench: line ${request.line} has no text node`)
  const range = document.createRange()
  range.setStart(node, request.from)
  range.setEnd(node, request.to)
  if (range.toString() !== request.text) throw new Error(`editor bench: found "${range}", not "${request.text}"`)
  paragraph.scrollIntoView({ block: 'center' })
  const selection = window.getSelection() as Selection
  selection.removeAllRanges()
  selection.addRange(range)
  window.__editorBench.armed = {
    name: request.highlight,
    text: request.text,
    count: request.count,
    key: request.key,
    ranges: [],
    start: { node, offset: request.from },
    end: { node, offset: request.to }
  }
  performance.clearResourceTimings()
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())))
}

/** Waits (up to 10 s) for the armed tag's highlight to be painted and its row shown; its timings. */
export function awaitTagTiming(): Promise<TagTiming> {
  const armed = window.__editorBench.armed as ArmedTag
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const check = () => {
      const request = performance
        .getEntriesByType('resource')
        .find((entry) => entry.name.endsWith('/api/call/createAnnotation')) as PerformanceResourceTiming | undefined
      const { keyAt, highlightAt, paintedAt, rowAt, pendingAt, pendingPaintedAt } = armed
      if (
        keyAt !== undefined &&
        pendingAt !== undefined &&
        pendingPaintedAt !== undefined &&
        highlightAt !== undefined &&
        paintedAt !== undefined &&
        rowAt !== undefined &&
        request
      ) {
        window.__editorBench.armed = null
        // Names the key-to-paint span in a Chrome trace, when one is being taken.
        performance.measure('editor-bench-tag', { start: keyAt, end: paintedAt })
        const after = armed.ranges.filter((at) => at >= request.responseEnd)
        resolve({
          requestStart: request.startTime - keyAt,
          responseEnd: request.responseEnd - keyAt,
          firstRange: (after[0] ?? highlightAt) - keyAt,
          highlight: highlightAt - keyAt,
          painted: paintedAt - keyAt,
          row: rowAt - keyAt,
          pending: pendingAt - keyAt,
          pendingPainted: pendingPaintedAt - keyAt,
          rangesBuilt: after.length
        })
      } else if (performance.now() - started > 10_000) {
        const seen = JSON.stringify({ keyAt, highlightAt, paintedAt, rowAt, request: Boolean(request) })
        reject(new Error(`editor bench: "${armed.text}" was not highlighted and listed within 10 s: ${seen}`))
      } else requestAnimationFrame(check)
    }
    check()
  })
}

/**
 * The open marks recorded so far; names its spans for a Chrome trace, if one is taken: navigation →
 * list shown, and the open (from the row's click when there was one, else from navigation) → drawn.
 */
export function readMarks(): OpenMarks {
  const marks = window.__editorBench.marks
  if (marks.listShown !== undefined) performance.measure('editor-bench-list', { start: 0, end: marks.listShown })
  if (marks.drawn !== undefined) {
    performance.measure('editor-bench-open', { start: marks.rowActivated ?? 0, end: marks.drawn })
  }
  return marks
}
