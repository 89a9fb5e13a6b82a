import { describe, expect, it } from 'vitest'
import { summarizeTrace } from './editor-trace'

const meta = (tid: number, name: string) => ({ name: 'thread_name', ph: 'M', ts: 0, pid: 1, tid, args: { name } })
const slice = (name: string, ts: number, dur: number, tid = 1, tdur = dur) => ({
  name,
  ph: 'X',
  ts,
  dur,
  tdur,
  pid: 1,
  tid
})
const script = {
  name: 'FunctionCall',
  ph: 'I',
  ts: 0,
  pid: 1,
  tid: 1,
  args: { data: { url: 'http://127.0.0.1:9/a.js' } }
}
const origin = 'http://127.0.0.1:9'

describe('the trace summary', () => {
  it('gives each event its self time (wall and CPU) on the main thread, nested events subtracted from their parent', () => {
    const trace = JSON.stringify({
      traceEvents: [
        meta(1, 'CrRendererMain'),
        meta(2, 'Compositor'),
        script,
        slice('RunTask', 0, 10_000),
        slice('FunctionCall', 1_000, 6_000, 1, 3_000),
        slice('Layout', 2_000, 2_500),
        slice('Paint', 8_000, 1_000),
        slice('RunTask', 0, 50_000, 2)
      ]
    })
    expect(summarizeTrace(trace, { origin })).toEqual([
      { name: 'FunctionCall', selfMs: 3.5, selfCpuMs: 0.5, count: 1 },
      { name: 'RunTask', selfMs: 3, selfCpuMs: 6, count: 1 },
      { name: 'Layout', selfMs: 2.5, selfCpuMs: 2.5, count: 1 },
      { name: 'Paint', selfMs: 1, selfCpuMs: 1, count: 1 }
    ])
  })

  it('counts only the page’s renderer, and only inside its measure spans when asked', () => {
    const trace = JSON.stringify([
      meta(1, 'CrRendererMain'),
      script,
      { ...meta(1, 'CrRendererMain'), pid: 2 },
      { name: 'Paint', ph: 'X', ts: 0, dur: 9_000, tdur: 9_000, pid: 2, tid: 1 },
      slice('Layout', 1_000, 2_000),
      { name: 'tag', ph: 'b', ts: 5_000, pid: 1, tid: 1, id: '0x1' },
      slice('Paint', 6_000, 4_000),
      { name: 'tag', ph: 'e', ts: 11_000, pid: 1, tid: 1, id: '0x1' }
    ])
    expect(summarizeTrace(trace, { origin })).toEqual([
      { name: 'Paint', selfMs: 4, selfCpuMs: 4, count: 1 },
      { name: 'Layout', selfMs: 2, selfCpuMs: 2, count: 1 }
    ])
    expect(summarizeTrace(trace, { origin, measure: 'tag' })).toEqual([
      { name: 'Paint', selfMs: 4, selfCpuMs: 4, count: 1 }
    ])
  })
})
