// The editor benchmark's runs in Chromium: opening the article in the app by its address (#article=<id>,
// as a link or a reload does) and, for comparison, as a user does from the corpus list (click its row);
// opening the bare baseline page; and tagging fresh word ranges by key. Each open gets a fresh browser
// context (no cache, no session storage); tagging runs in one page.
import type { Browser, Page } from 'playwright-core'
import { highlightName } from '../src/renderer/src/editor/highlights'
import type { EditorArticle } from './editor-article'
import type { EditorCorpus } from './editor-corpus'
import { diagnoseRendering, type RenderingDiagnosis } from './editor-diagnosis'
import {
  awaitTagTiming,
  DRAWN_SIGNAL,
  installProbes,
  markBaselineReady,
  readMarks,
  selectAndArm,
  type OpenMarks,
  type TagRequest,
  type TagTiming
} from './editor-measure'

/** One open, in ms from navigation start; the robot's reaction times are left out of `interactive`. */
export interface OpenRun {
  marks: OpenMarks
  /** Navigation → the page drawn (see OpenMarks), plus the probe key's input delay at that moment. */
  interactive: number
  /** App from the list only: the row's click → drawn, plus the probe's input delay. */
  fromRow?: number
  /**
   * App only: the last byte of the article and its annotations in (Resource Timing), from navigation
   * (by address) or from the row's click (from the list).
   */
  dataIn?: number
  /** How long the probe key, pressed as soon as `drawn` was seen, waited for its handler. */
  probeDelay: number
  /** What the page fetched, in page time (Resource Timing; written to bench/results/latest.json). */
  resources?: LoadedResource[]
  /** A Chrome trace of the open, when asked for (it slows the page: not for the figures). */
  trace?: Buffer
}

const required = (marks: OpenMarks, name: keyof OpenMarks): number => {
  const value = marks[name]
  if (value === undefined) throw new Error(`editor bench: the page recorded no "${name}" mark`)
  return value
}

/**
 * Navigates to `url` and resolves once the page logged DRAWN_SIGNAL; nothing is run in the page
 * meanwhile (Playwright's waits would inject a script into it).
 */
async function gotoUntilDrawn(page: Page, url: string, after?: (page: Page) => Promise<void>): Promise<void> {
  const drawn = page.waitForEvent('console', { predicate: (message) => message.text() === DRAWN_SIGNAL })
  await page.goto(url, { waitUntil: after ? 'load' : 'commit' })
  if (after) await after(page)
  await drawn
}

/** Presses the probe key (the page is drawn), then reads the marks. */
async function probeAndRead(page: Page): Promise<OpenMarks> {
  await page.keyboard.press('Shift')
  await page.waitForFunction(() => window.__editorBench.marks.probeHandled !== undefined)
  return page.evaluate(readMarks)
}

/** Playwright's default trace categories, plus V8's sampling profiler: DevTools then names the functions. */
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'blink.user_timing',
  'toplevel',
  'disabled-by-default-v8.cpu_profiler'
]

/** When the article's own calls (its text, its annotations) had answered, in page time. */
function articleDataIn(): number {
  const calls = performance
    .getEntriesByType('resource')
    .filter((entry) => /\/api\/call\/(getArticle|listAnnotations)$/.test(entry.name)) as PerformanceResourceTiming[]
  return Math.max(...calls.map((entry) => entry.responseEnd))
}

export interface LoadedResource {
  name: string
  start: number
  responseStart: number
  end: number
}

/** Every resource the page fetched (its path), when it asked, when the first and last bytes came. */
function loadedResources(): LoadedResource[] {
  return (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((entry) => ({
    name: new URL(entry.name).pathname,
    start: Math.round(entry.startTime * 10) / 10,
    responseStart: Math.round(entry.responseStart * 10) / 10,
    end: Math.round(entry.responseEnd * 10) / 10
  }))
}

/** The app's address for the article: the host's URL (token in the fragment) and `article=<id>`. */
export const articleAddress = (corpus: EditorCorpus): string => `${corpus.url}&article=${corpus.articleId}`

/**
 * The app, from navigation to the article's address to the article drawn and answering keys: the
 * issue's "time from navigation to the article being interactive".
 */
export async function openAppByAddress(browser: Browser, corpus: EditorCorpus, trace = false): Promise<OpenRun> {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    await page.addInitScript(installProbes)
    if (trace) await browser.startTracing(page, { categories: TRACE_CATEGORIES })
    await gotoUntilDrawn(page, articleAddress(corpus))
    const marks = await probeAndRead(page)
    const probeDelay = required(marks, 'probeHandled') - required(marks, 'probeSent')
    const interactive = required(marks, 'drawn') + probeDelay
    const dataIn = await page.evaluate(articleDataIn)
    const resources = await page.evaluate(loadedResources)
    return { marks, probeDelay, dataIn, interactive, resources, trace: trace ? await browser.stopTracing() : undefined }
  } finally {
    await context.close()
  }
}

/**
 * The app from its plain address (no article named, none recorded as last open) to the article drawn,
 * through a click on its row in the corpus list; the robot's reaction times are left out.
 */
export async function openAppFromList(browser: Browser, corpus: EditorCorpus, title: string): Promise<OpenRun> {
  // Otherwise the app would reopen the article the previous run left open.
  await corpus.call('setLastArticle', { id: null })
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    await page.addInitScript(installProbes)
    await gotoUntilDrawn(page, corpus.url, (shown) => shown.getByRole('button', { name: title }).click())
    const marks = await probeAndRead(page)
    const probeDelay = required(marks, 'probeHandled') - required(marks, 'probeSent')
    const fromRow = required(marks, 'drawn') - required(marks, 'rowActivated') + probeDelay
    const interactive = required(marks, 'listShown') + fromRow
    const dataIn = (await page.evaluate(articleDataIn)) - required(marks, 'rowActivated')
    return { marks, probeDelay, fromRow, dataIn, interactive }
  } finally {
    await context.close()
  }
}

/** The bare page, from navigation to its first frame after DOMContentLoaded and answering keys. */
export async function openBaseline(browser: Browser, url: string): Promise<OpenRun> {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    await page.addInitScript(installProbes)
    await page.addInitScript(markBaselineReady)
    await gotoUntilDrawn(page, url)
    const marks = await probeAndRead(page)
    const probeDelay = required(marks, 'probeHandled') - required(marks, 'probeSent')
    return { marks, probeDelay, interactive: required(marks, 'drawn') + probeDelay }
  } finally {
    await context.close()
  }
}

/** Where a span lies in the editor: its line (one paragraph per line) and offsets in that line. */
function tagRequest(article: EditorArticle, index: number, keys: Record<string, string>, stored: number): TagRequest {
  const target = article.targets[index]
  const lineStart = article.text.lastIndexOf('\n', target.start - 1) + 1
  const key = keys[target.tag]
  if (!key) throw new Error(`editor bench: the tag ${target.tag} has no key in this corpus`)
  return {
    line: article.text.slice(0, lineStart).split('\n').length - 1,
    from: target.start - lineStart,
    to: target.end - lineStart,
    text: article.text.slice(target.start, target.end),
    highlight: highlightName(target.tag),
    key,
    count: stored + index + 1
  }
}

/** Which tags to trace (a Chrome trace slows the page: those tags' figures are not clean). */
export interface TagTrace {
  from: number
  count: number
}

/**
 * Opens the article by its address in a fresh page and tags each target by selecting it and pressing
 * its tag's key; the timings, and the trace of the tags `trace` names.
 */
export async function tagTargets(
  browser: Browser,
  corpus: EditorCorpus,
  article: EditorArticle,
  trace?: TagTrace
): Promise<{ timings: TagTiming[]; trace?: Buffer; diagnosis?: RenderingDiagnosis }> {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    await page.addInitScript(installProbes)
    await page.goto(articleAddress(corpus))
    await page.waitForSelector(`[data-article-ready="${corpus.articleId}"]`, { state: 'attached' })
    const timings: TagTiming[] = []
    let traced: Buffer | undefined
    for (let i = 0; i < article.targets.length; i++) {
      const request = tagRequest(article, i, corpus.tagKeys, article.spans.length)
      await page.evaluate(selectAndArm, request)
      if (trace && i === trace.from) await browser.startTracing(page)
      await page.keyboard.press(request.key)
      timings.push(await page.evaluate(awaitTagTiming))
      if (trace && i === trace.from + trace.count - 1) traced = await browser.stopTracing()
    }
    // The experiments run after every figure is taken, only when a trace was asked for.
    return { timings, trace: traced, diagnosis: trace ? await page.evaluate(diagnoseRendering) : undefined }
  } finally {
    await context.close()
  }
}
