// Where the time goes, for the editor benchmark's diagnosis (EDITOR_TRACE=1): a Chrome trace of part
// of a run, summed into self time per trace event name on the page's main thread (script, style,
// layout, paint…). Tracing slows the page, so figures measured while tracing are marked as such.

interface TraceEvent {
  name: string
  ph: string
  ts: number
  dur?: number
  /** Thread time: how long the thread actually ran (less than dur when the CPU was busy elsewhere). */
  tdur?: number
  pid: number
  tid: number
  id?: string
  id2?: { local?: string }
  args?: { name?: string; data?: { url?: string } }
}

export interface TraceShare {
  name: string
  /** Self time: the event's duration minus that of the events nested in it, in ms. */
  selfMs: number
  /** The same in thread CPU time: on a loaded machine, the part of selfMs the thread really ran. */
  selfCpuMs: number
  count: number
}

/**
 * The main threads (pid:tid, named CrRendererMain) of the renderers that ran scripts from `origin`:
 * the page under test, not Chromium's own pages that share the trace.
 */
function mainThreads(events: readonly TraceEvent[], origin: string): Set<string> {
  const pids = new Set(events.filter((e) => e.args?.data?.url?.startsWith(origin)).map((e) => e.pid))
  return new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && pids.has(e.pid))
      .map((e) => `${e.pid}:${e.tid}`)
  )
}

/** The [begin, end] spans (µs) of the page's performance.measure() calls named `name`. */
function measureWindows(events: readonly TraceEvent[], name: string): [number, number][] {
  const begins = new Map<string, number>()
  const windows: [number, number][] = []
  for (const e of events) {
    if (e.name !== name) continue
    const id = e.id ?? e.id2?.local ?? ''
    if (e.ph === 'b') begins.set(id, e.ts)
    if (e.ph === 'e' && begins.has(id)) windows.push([begins.get(id) as number, e.ts])
  }
  return windows
}

export interface TraceFilter {
  /** Only the renderers that ran scripts from this origin ("http://127.0.0.1:1234"). */
  origin: string
  /** Only events starting inside the page's performance.measure() spans of this name, if given. */
  measure?: string
}

/** Self time per event name on the page's main thread, largest first, and the time covered. */
export function summarizeTrace(trace: Buffer | string, filter: TraceFilter, top = 12): TraceShare[] {
  const parsed = JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] } | TraceEvent[]
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents
  const threads = mainThreads(events, filter.origin)
  const windows = filter.measure ? measureWindows(events, filter.measure) : null
  const inWindow = (ts: number) => !windows || windows.some(([begin, end]) => begin <= ts && ts < end)
  const complete = events
    .filter((e) => e.ph === 'X' && e.dur !== undefined && threads.has(`${e.pid}:${e.tid}`) && inWindow(e.ts))
    .sort((a, b) => a.pid - b.pid || a.tid - b.tid || a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))
  const shares = new Map<string, TraceShare>()
  const stack: { event: TraceEvent; end: number; thread: string; share: TraceShare }[] = []
  for (const event of complete) {
    const thread = `${event.pid}:${event.tid}`
    const end = event.ts + (event.dur ?? 0)
    while (stack.length && (stack[stack.length - 1].thread !== thread || stack[stack.length - 1].end <= event.ts)) {
      stack.pop()
    }
    const share = shares.get(event.name) ?? { name: event.name, selfMs: 0, selfCpuMs: 0, count: 0 }
    shares.set(event.name, share)
    share.selfMs += (event.dur ?? 0) / 1000
    share.selfCpuMs += (event.tdur ?? 0) / 1000
    share.count++
    // Time spent in a nested event is not its parent's own time.
    const parent = stack[stack.length - 1]
    if (parent) {
      parent.share.selfMs -= Math.min(event.dur ?? 0, parent.end - event.ts) / 1000
      parent.share.selfCpuMs -= (event.tdur ?? 0) / 1000
    }
    stack.push({ event, end, thread, share })
  }
  return [...shares.values()].sort((a, b) => b.selfMs - a.selfMs).slice(0, top)
}
