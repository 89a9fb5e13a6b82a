// Issue 3: opening a 20,000-word article with 2,000 spans (300 overlapping) in the app, in Chromium,
// from navigation to its address until it is interactive, against the same text and spans as bare DOM
// spans on a minimal page; and the key-to-highlight latency of tagging 200 fresh word ranges by key.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { generateEditorArticle } from './editor-article'
import { baselineHtml, serveBaseline } from './editor-baseline'
import { openEditorCorpus } from './editor-corpus'
import type { TagTiming } from './editor-measure'
import { openAppByAddress, openAppFromList, openBaseline, tagTargets, type OpenRun, type TagTrace } from './editor-runs'
import type { RenderingDiagnosis } from './editor-diagnosis'
import { summarizeTrace, type TraceFilter } from './editor-trace'
import { fig, verdict, type Scenario } from './scenario'

const OPEN_RUNS = 5
/** EDITOR_TRACE=1: also trace the first app open and 20 tags, and say where their time went. */
const TRACE = Boolean(process.env.EDITOR_TRACE)
const TRACED_TAGS: TagTrace = { from: 100, count: 20 }
const OPEN_RATIO_TARGET = 2
const TAG_P95_TARGET_MS = 50

/** The same Chromium flags as playwright.config.ts. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Chromium (156 here) loads a WebUI omnibox popup (its own renderer, 50+ scripts) for every new window,
  // headless too: CPU taken from the page under test at the moment it opens.
  '--disable-features=WebUIOmniboxPopup'
]

/** The value below which `p` of the sorted values lie (nearest rank). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]
}

const median = (values: readonly number[]): number => percentile(values, 0.5)

/** Playwright is loaded at run time, not bundled into out/main/bench.js with the rest of the bench. */
async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  if (!existsSync(executablePath)) throw new Error(`editor bench: no Chromium at ${executablePath}; set CHROMIUM_PATH`)
  const { chromium } = createRequire(__filename)('playwright-core') as typeof import('playwright-core')
  return chromium.launch({
    executablePath,
    args: CHROMIUM_ARGS,
    headless: true
  })
}

/** p50, p95 and max of one field of the tag timings. */
function spread(timings: readonly TagTiming[], field: keyof TagTiming | ((t: TagTiming) => number)) {
  const values = timings.map((t) => (typeof field === 'function' ? field(t) : t[field]))
  return { p50: percentile(values, 0.5), p95: percentile(values, 0.95), max: Math.max(...values) }
}

/**
 * The chain, key press → highlight in the DOM → row committed: the tag is done when the
 * analyst sees the span highlighted (painted, drawn at the key press) and main has stored the row
 * (its response arrived), whichever comes later.
 */
const tagged = (t: TagTiming): number => Math.max(t.pendingPainted, t.responseEnd)

const spreadLine = (label: string, s: ReturnType<typeof spread>): string =>
  `${label.padEnd(26)} p50 ${fig(s.p50, 1, 6)}  p95 ${fig(s.p95, 1, 6)}  max ${fig(s.max, 1, 6)} ms`

export const editorScenario: Scenario = {
  name: 'editor',
  title: 'editor: a 20,000-word article with 2,000 spans (300 overlapping), opened and tagged in Chromium',
  async run() {
    const article = generateEditorArticle()
    const corpus = await openEditorCorpus(article, join(__dirname, '..', 'renderer'))
    const baseline = await serveBaseline(baselineHtml(article.title, article.text, article.spans))
    const browser = await launchChromium()
    try {
      const app: OpenRun[] = []
      const bare: OpenRun[] = []
      const fromList: OpenRun[] = []
      // Alternate them so that a busy moment of the shared machine falls on all alike.
      for (let run = 0; run < OPEN_RUNS; run++) {
        app.push(await openAppByAddress(browser, corpus, TRACE && run === 0))
        bare.push(await openBaseline(browser, baseline.url))
        fromList.push(await openAppFromList(browser, corpus, article.title))
      }
      const { timings, trace, diagnosis } = await tagTargets(browser, corpus, article, TRACE ? TRACED_TAGS : undefined)
      const stored = await corpus.call('listAnnotations', { articleId: corpus.articleId })
      const missing = article.targets.filter(
        (t) => !stored.some((a) => a.tag === t.tag && a.start === t.start && a.end === t.end)
      )
      const expected = article.spans.length + article.targets.length
      if (stored.length !== expected || missing.length > 0) {
        throw new Error(
          `editor bench: ${stored.length} annotations stored (expected ${expected}), ${missing.length} targets missing`
        )
      }
      const result = report({ app, bare, fromList }, timings, stored.length, corpus.createMs)
      const origin = new URL(corpus.url).origin
      if (app[0].trace) {
        const { trace: open } = app[0]
        result.lines.push(
          ...traceLines(
            'trace of app open #1 by address, navigation → drawn',
            'open',
            open,
            { origin, measure: 'editor-bench-open' },
            1
          )
        )
      }
      if (trace) {
        const filter = { origin, measure: 'editor-bench-tag' }
        result.lines.push(
          ...traceLines(
            `trace of ${TRACED_TAGS.count} tags, key → painted, per tag`,
            'tags',
            trace,
            filter,
            TRACED_TAGS.count
          )
        )
      }
      if (diagnosis) result.lines.push(...diagnosisLines(diagnosis))
      return result
    } finally {
      await browser.close()
      await baseline.close()
      await corpus.close()
    }
  }
}

/** Main-thread self time by trace event name; the raw trace goes to bench/results for DevTools. */
function traceLines(title: string, name: string, trace: Buffer, filter: TraceFilter, per: number): string[] {
  const dir = join(process.cwd(), 'bench', 'results')
  mkdirSync(dir, { recursive: true })
  const file = join(dir, `editor-${name}.trace.json`)
  writeFileSync(file, trace)
  const shares = summarizeTrace(trace, filter).map(
    (s) =>
      `  ${s.name.padEnd(28)} ${fig(s.selfMs / per, 1)} ms, CPU ${fig(s.selfCpuMs / per, 1)} ms  (${s.count} events)`
  )
  return [`${title} → ${file}:`, ...shares]
}

function diagnosisLines(d: RenderingDiagnosis): string[] {
  return [
    `experiments on the tagged page (${d.highlightRanges} highlight ranges):`,
    `  change → painted: nothing changed            ${fig(d.idleFrame, 1)} ms`,
    `  change → painted: every highlight re-set     ${fig(d.resetHighlights, 1)} ms  (as paintHighlights does)`,
    `  change → painted: one range added            ${fig(d.addOneRange, 1)} ms`,
    `  change → painted: only ${d.visibleRanges} on-screen ranges  ${fig(d.resetVisibleOnly, 1)} ms`,
    `  change → painted: one sidebar row added      ${fig(d.sidebarRowAdded, 1)} ms`,
    `  change → painted: selection cleared          ${fig(d.selectionCleared, 1)} ms`,
    `  forced layout: sidebar (${d.sidebarElements} elements)  ${fig(d.sidebarLayout, 1)} ms`,
    `  forced layout: article (${d.articleElements} elements)  ${fig(d.articleLayout, 1)} ms`
  ]
}

/** When the first resource matching `name` was asked for (`start`) or fully in (`end`), in page time. */
function loaded(run: OpenRun, name: RegExp, at: 'start' | 'end'): number {
  const times = (run.resources ?? []).filter((r) => name.test(r.name)).map((r) => r[at])
  return times.length ? Math.min(...times) : NaN
}

interface OpenRuns {
  /** The app, navigation to the article's address → interactive (the figure the target is about). */
  app: OpenRun[]
  bare: OpenRun[]
  /** The app, navigation → corpus list, then row click → interactive (for comparison). */
  fromList: OpenRun[]
}

function report(runs: OpenRuns, timings: TagTiming[], stored: number, createMs: number[]) {
  const { app, bare, fromList } = runs
  const open = {
    appInteractive: median(app.map((r) => r.interactive)),
    appScriptIn: median(app.map((r) => loaded(r, /\/assets\/index-[^/]*\.js$/, 'end'))),
    appCallsSent: median(app.map((r) => loaded(r, /\/api\/call\//, 'start'))),
    appDataIn: median(app.map((r) => r.dataIn ?? NaN)),
    appReady: median(app.map((r) => r.marks.ready ?? NaN)),
    appListShown: median(app.map((r) => r.marks.listShown ?? NaN)),
    appProbeDelay: median(app.map((r) => r.probeDelay)),
    appFirstFrame: median(app.map((r) => (r.marks.drawn ?? NaN) - (r.marks.ready ?? NaN))),
    baselineInteractive: median(bare.map((r) => r.interactive)),
    baselineProbeDelay: median(bare.map((r) => r.probeDelay)),
    listListShown: median(fromList.map((r) => r.marks.listShown ?? NaN)),
    listFromRow: median(fromList.map((r) => r.fromRow ?? NaN)),
    listDataIn: median(fromList.map((r) => r.dataIn ?? NaN)),
    listInteractive: median(fromList.map((r) => r.interactive))
  }
  const ratio = open.appInteractive / open.baselineInteractive
  const listRatio = open.listInteractive / open.baselineInteractive
  const painted = spread(timings, 'painted')
  const done = spread(timings, tagged)
  const openPass = ratio <= OPEN_RATIO_TARGET
  const tagPass = done.p95 <= TAG_P95_TARGET_MS
  const tag = {
    requestStart: spread(timings, 'requestStart'),
    responseEnd: spread(timings, 'responseEnd'),
    firstRange: spread(timings, 'firstRange'),
    highlight: spread(timings, 'highlight'),
    painted,
    pending: spread(timings, 'pending'),
    pendingPainted: spread(timings, 'pendingPainted'),
    tagged: done,
    row: spread(timings, 'row'),
    rangesBuilt: median(timings.map((t) => t.rangesBuilt)),
    createInMain: { p50: percentile(createMs, 0.5), p95: percentile(createMs, 0.95), max: Math.max(...createMs) }
  }
  return {
    pass: openPass && tagPass,
    data: {
      runs: { app: app.map(({ trace: _, ...run }) => run), baseline: bare, fromList },
      open: { ...open, ratio, listRatio },
      tag,
      tags: timings.length,
      stored
    },
    lines: [
      `app: open (interactive)   ${fig(open.appInteractive, 1)} ms  (navigation to #article=<id> → text and highlights painted, key answered; median of ${OPEN_RUNS}, fresh page each)`,
      `  of which → data in      ${fig(open.appDataIn, 1)} ms  (the article and its annotations fetched)`,
      `  milestones (medians)    script in ${fig(open.appScriptIn, 0, 4)}, first call sent ${fig(open.appCallsSent, 0, 4)}, data in ${fig(open.appDataIn, 0, 4)}, ready ${fig(open.appReady, 0, 4)} ms`,
      `  of which ready → drawn  ${fig(open.appFirstFrame, 1)} ms  (the first frame after data-article-ready)`,
      `  probe key delay         ${fig(open.appProbeDelay, 1)} ms  (corpus list shown at ${fig(open.appListShown, 1)} ms)`,
      `bare spans (base)         ${fig(open.baselineInteractive, 1)} ms  (probe key delay ${fig(open.baselineProbeDelay, 1, 4)} ms)`,
      `open ratio                ${fig(ratio, 2)}     target ≤ ${OPEN_RATIO_TARGET}  ${verdict(openPass)}`,
      `from the list, for comparison (no article in the address, none recorded as last open):`,
      `  app: navigation → list  ${fig(open.listListShown, 1)} ms`,
      `  app: row click → drawn  ${fig(open.listFromRow, 1)} ms  (of which click → data in ${fig(open.listDataIn, 1)} ms)`,
      `  list + row (sum)        ${fig(open.listInteractive, 1)} ms  (${fig(listRatio, 2)} × the bare page)`,
      `tagging ${timings.length} spans by key (${stored} annotations stored at the end):`,
      spreadLine('  key → highlight drawn', tag.pending),
      spreadLine('  key → highlight painted', tag.pendingPainted),
      spreadLine('  key → request sent', tag.requestStart),
      spreadLine('  key → response in', tag.responseEnd),
      spreadLine('  (of which main’s work)', tag.createInMain),
      spreadLine('  key → first range built', tag.firstRange),
      spreadLine('  key → stored row drawn', tag.highlight),
      spreadLine('  key → sidebar row', tag.row),
      spreadLine('  key → stored row painted', painted),
      `  ranges rebuilt per tag    ${fig(tag.rangesBuilt)}  (the spans near the viewport)`,
      spreadLine('  key → painted + committed', done),
      `tag p95 (painted, stored) ${fig(done.p95, 1)} ms  target ≤ ${TAG_P95_TARGET_MS} ms  ${verdict(tagPass)}`
    ]
  }
}
