// Issue 6: a large import of saved web pages as a background job with progress — 10,000 generated
// HTML pages through the real path (Readability on two worker threads) while progress is polled,
// beside the same articles as plain .txt files through the same job as the baseline. Reports the
// rate; the target is that progress advances in steps and every file arrives.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase } from '../src/main/db/connection'
import { ImportJobs } from '../src/main/services/import/import-jobs'
import { workerImporter } from '../src/main/services/import/importer'
import { generateArticle } from './generate'
import { fig, verdict, type Scenario } from './scenario'

const count = Number(process.env.BENCH_ARTICLES ?? 10_000)

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;')

/** A generated article as a scraped page: navigation, the article in <article>, a footer. */
function htmlPage(index: number): string {
  const [, , headline, , date, , ...rest] = generateArticle(index).split('\n')
  const paragraphs = rest.filter((line) => line && !/^(Share to or|Leave a Comment)$/.test(line))
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(headline)} | Bench Herald</title>
<meta property="og:site_name" content="Bench Herald"></head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a></nav></header>
<article><h1>${escape(headline)}</h1><p class="date">${date}</p>
${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}</article>
<footer><p>© Bench Herald. All rights reserved.</p></footer></body></html>`
}

/** Imports the files as one job, polling as the UI does; returns files/s and the progress seen. */
async function timeJob(files: { name: string; bytes: Uint8Array }[]) {
  const dir = mkdtempSync(join(tmpdir(), 'wb-bench-html-'))
  const db = openDatabase(dir)
  const importer = workerImporter(join(__dirname, 'import-worker.js'), db, { dataDir: dir })
  try {
    const jobs = new ImportJobs(db, importer)
    const started = performance.now()
    const { id } = jobs.start(files)
    const seen: number[] = []
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 100))
      const job = jobs.progress(id)
      if (seen.at(-1) !== job.done) seen.push(job.done)
      if (job.state !== 'running') {
        const seconds = (performance.now() - started) / 1000
        return { perSecond: job.imported / seconds, imported: job.imported, steps: seen.length }
      }
    }
  } finally {
    await importer.close()
    db.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

export const importHtmlScenario: Scenario = {
  name: 'import-html',
  title: `import-html: ${count} generated web pages as a job with progress`,
  async run() {
    const encoder = new TextEncoder()
    const html = Array.from({ length: count }, (_, i) => ({
      name: `page-${i}.html`,
      bytes: encoder.encode(htmlPage(i))
    }))
    const text = Array.from({ length: count }, (_, i) => ({
      name: `page-${i}.txt`,
      bytes: encoder.encode(generateArticle(i))
    }))
    const pages = await timeJob(html)
    const plain = await timeJob(text)
    const pass = pages.imported === count && plain.imported === count && pages.steps > 2
    return {
      pass,
      data: { count, html: pages, text: plain },
      lines: [
        `HTML pages        ${fig(pages.perSecond)} files/s  (${pages.steps} progress steps seen)`,
        `plain text (base) ${fig(plain.perSecond)} files/s  (${plain.steps} progress steps seen)`,
        `all imported, progress advancing  ${verdict(pass)}`
      ]
    }
  }
}
