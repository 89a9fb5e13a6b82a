import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { UserError } from '../../shared/errors'
import type { Article, ConflictChoice, ImportReport } from '../../shared/model'
import type { Db } from '../db/connection'
import { createHandlers, requireProfile } from '../handlers'
import { startHttpHost } from '../host/http-host'
import { listAnnotations } from '../services/annotations'
import { exportBundle } from '../services/bundles/export-bundle'
import { importBundle, previewBundleImport } from '../services/bundles/import-bundle'
import { catchUpSearchIndex } from '../services/search-backlog'
import { ReaderThread } from '../services/bundles/reader-thread'
import { computeAgreement } from '../services/agreement/agreement'
import { exportAnnotations } from '../services/exchange/export-annotations'
import { importAnnotations } from '../services/exchange/import-annotations'
import { findArticleIdsByShaPrefix, getArticle, listArticles } from '../services/corpus'
import { importPaths } from '../services/import-articles'
import { workerImporter } from '../services/import/importer'
import { getProfile, setProfile } from '../services/profile'
import type { CliIo } from './index'
import { BULK_COMMANDS } from './bulk-commands'
import { FIND_COMMANDS } from './find-commands'

/** The built import worker beside the built CLI (out/main/); absent when running from sources. */
const IMPORT_WORKER = join(__dirname, 'import-worker.js')
/** Reads a bundle's annotations while the import writes them (see services/bundles/reader-thread.ts). */
const bundleReader = () => new ReaderThread(join(__dirname, 'annotation-reader-worker.js'))

/** The reader thread of a long-running host, started now so that no import waits for it. */
function startedReader(): ReaderThread {
  const reader = bundleReader()
  if (reader.available) void reader.warm()
  return reader
}

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>

export interface CommandContext {
  db: Db
  dataDir: string
  values: Record<string, string | boolean | undefined>
  positionals: string[]
  io: CliIo
}

export interface Command {
  args: string
  summary: string
  options?: OptionSpec
  run(context: CommandContext): number | Promise<number>
}

function formatImportReport(report: ImportReport, io: CliIo): number {
  for (const result of report.files) {
    if (result.status === 'failed') io.err(`failed     ${result.file}: ${result.reason}`)
    else if (result.status === 'duplicate') io.out(`unchanged  ${result.file}: already in the corpus`)
    else
      io.out(
        `imported   ${result.file}: ${result.titles.map((t, i) => `“${t}” (#${result.articleIds[i]})`).join(', ')}`
      )
  }
  io.out(`${report.imported} imported, ${report.duplicates} already present, ${report.failed} failed`)
  return report.failed > 0 ? 1 : 0
}

/** A file, or every file directly inside a folder, as uploads. */
function readUploads(path: string): { name: string; bytes: Uint8Array }[] {
  try {
    if (!statSync(path).isDirectory()) return [{ name: basename(path), bytes: readFileSync(path) }]
    return readdirSync(path, { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => ({ name: entry.name, bytes: readFileSync(join(path, entry.name)) }))
  } catch (error) {
    throw new UserError(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code})`)
  }
}

/** An article named by its id (#12 or 12) or by the start of its SHA-256. */
export function findArticle(db: Db, ref: string): Article {
  const id = /^#?(\d+)$/.exec(ref)
  if (id) return getArticle(db, Number(id[1]))
  if (/^[0-9a-f]{6,64}$/i.test(ref)) {
    const ids = findArticleIdsByShaPrefix(db, ref)
    if (ids.length === 1) return getArticle(db, ids[0])
    if (ids.length > 1) throw new UserError(`"${ref}" matches ${ids.length} articles; give more of the SHA-256.`)
  }
  throw new UserError(`No article "${ref}": give its number (see \`workbench list\`) or the start of its SHA-256.`)
}

export const COMMANDS: Record<string, Command> = {
  import: {
    args: '<files or folders…>',
    summary: 'import articles (.txt, .md, .html, .jsonl); each file whole or not at all',
    run: async ({ db, dataDir, positionals, io }) => {
      if (positionals.length === 0) throw new UserError('name at least one file or folder to import')
      const importer = workerImporter(IMPORT_WORKER, db, { dataDir })
      try {
        return formatImportReport(await importPaths(db, positionals, importer), io)
      } finally {
        await importer.close()
      }
    }
  },
  list: {
    args: '',
    summary: 'list the articles with their annotation counts',
    run: ({ db, io }) => {
      const articles = listArticles(db)
      for (const a of articles) {
        const counts =
          Object.entries(a.counts)
            .map(([tag, n]) => `${tag} ${n}`)
            .join(', ') || 'no annotations'
        io.out(`#${a.id}\t${a.publishedDate ?? '—'}\t${a.outlet ?? '—'}\t${a.title}\t(${counts})`)
      }
      io.out(`${articles.length} article${articles.length === 1 ? '' : 's'}`)
      return 0
    }
  },
  show: {
    args: '<article>',
    summary: 'print an article’s metadata, text and annotations',
    run: ({ db, positionals, io }) => {
      if (positionals.length !== 1) throw new UserError('name one article: its number or the start of its SHA-256')
      const article = findArticle(db, positionals[0])
      io.out(`#${article.id} ${article.title}`)
      io.out(`outlet: ${article.outlet ?? '—'}  date: ${article.publishedDate ?? '—'}  url: ${article.url ?? '—'}`)
      io.out(
        `source: ${article.sourceFile}  sha256: ${article.sha256}  removed: ${article.removed.length} furniture lines`
      )
      io.out('')
      io.out(article.text)
      io.out('')
      const annotations = listAnnotations(db, article.id)
      io.out(`${annotations.length} annotation${annotations.length === 1 ? '' : 's'}:`)
      for (const a of annotations)
        io.out(`  ${a.start}-${a.end}\t${a.tag}\t“${a.quote.exact}”\t${a.creator.name}\t${a.id}`)
      return 0
    }
  },
  export: {
    args: '--out FILE [--format bundle|brat|csv|labelstudio] [--predictions] [articles…]',
    summary:
      'write a bundle (.wbundle, the default) or brat, CSV or Label Studio files of the given articles, or of all',
    options: { out: { type: 'string', short: 'o' }, format: { type: 'string' }, predictions: { type: 'boolean' } },
    run: ({ db, values, positionals, io }) => {
      const out = values.out
      if (typeof out !== 'string') throw new UserError('say where to write the bundle: --out FILE')
      const ids = positionals.length ? positionals.map((ref) => findArticle(db, ref).id) : undefined
      const format = values.format ?? 'bundle'
      if (format !== 'bundle') {
        if (format !== 'brat' && format !== 'csv' && format !== 'labelstudio') {
          throw new UserError(`--format must be bundle, brat, csv or labelstudio, not "${String(format)}"`)
        }
        const file = exportAnnotations(db, format, ids, values.predictions ? 'predictions' : 'annotations')
        writeFileSync(out, file.bytes)
        io.out(`wrote ${out} (${format}): ${file.articles} articles, ${file.annotations} annotations`)
        return 0
      }
      const bundle = exportBundle(db, requireProfile(db), ids)
      writeFileSync(out, bundle.bytes)
      io.out(`wrote ${out}: ${bundle.articles} articles, ${bundle.annotations} annotations`)
      return 0
    }
  },
  'import-bundle': {
    args: '[--resolve newer|mine|theirs] <FILE>',
    summary: 'merge an annotated bundle into this corpus; conflicts keep ours unless --resolve says otherwise',
    options: { resolve: { type: 'string' } },
    run: ({ db, values, positionals, io }) => {
      const resolve = values.resolve
      if (resolve !== undefined && resolve !== 'newer' && resolve !== 'mine' && resolve !== 'theirs') {
        throw new UserError(`--resolve must be newer, mine or theirs, not "${String(resolve)}"`)
      }
      if (positionals.length !== 1) throw new UserError('name one bundle file')
      let bytes: Uint8Array
      try {
        bytes = readFileSync(positionals[0])
      } catch (error) {
        throw new UserError(`${positionals[0]}: cannot be read (${(error as NodeJS.ErrnoException).code})`)
      }
      const name = basename(positionals[0])
      const choices: Record<string, ConflictChoice> = {}
      if (resolve) {
        for (const conflict of previewBundleImport(db, name, bytes).conflicts) {
          choices[conflict.id] = resolve === 'newer' ? conflict.suggested : resolve
        }
      }
      // Started with the import, the thread loads while the articles are read.
      const reader = bundleReader()
      const r = importBundle(db, name, bytes, choices, { reader })
      void reader.close()
      io.out(`${r.file}: articles ${r.articlesAdded} added, ${r.articlesExisting} already present`)
      io.out(
        `annotations ${r.annotationsAdded} added, ${r.annotationsChanged} changed, ${r.annotationsDeleted} deleted, ` +
          `${r.annotationsUnchanged} unchanged, ${r.annotationsConflicting} conflicting, ${r.orphans} orphaned`
      )
      if (r.conflictsResolved) io.out(`${r.conflictsResolved} conflicts settled (${resolve})`)
      for (const id of r.conflicts) io.out(`  conflict: ${id} was changed here and there (kept the stored one)`)
      // What the host does just after answering: the new rows join the search index.
      catchUpSearchIndex(db)
      return 0
    }
  },
  'import-annotations': {
    args: '--format brat|labelstudio <zip, folder or JSON file>',
    summary: 'import annotations made in brat (zip or folder of .txt/.ann) or Label Studio (JSON tasks)',
    options: { format: { type: 'string' } },
    run: ({ db, values, positionals, io }) => {
      const format = values.format
      if (format !== 'brat' && format !== 'labelstudio')
        throw new UserError('say which format: --format brat|labelstudio')
      if (positionals.length !== 1) throw new UserError('name one zip, folder or JSON file')
      const r = importAnnotations(db, requireProfile(db), format, readUploads(positionals[0]))
      io.out(`${r.file}: articles ${r.articlesAdded} added, ${r.articlesExisting} already present`)
      io.out(`annotations ${r.annotationsAdded} added, ${r.annotationsUnchanged} already present`)
      if (r.tagsAdded.length) io.out(`new tags: ${r.tagsAdded.join(', ')}`)
      return 0
    }
  },
  agreement: {
    args: '[articles…]',
    summary: 'per tag agreement between analysts (span F1 exact and overlap, token κ) on shared articles',
    run: ({ db, positionals, io }) => {
      const ids = positionals.length ? positionals.map((ref) => findArticle(db, ref).id) : undefined
      const report = computeAgreement(db, ids)
      io.out(
        `${report.articles} shared article${report.articles === 1 ? '' : 's'}, ${report.pairs} analyst pair${report.pairs === 1 ? '' : 's'}: ${report.analysts.map((a) => a.name).join(', ') || '—'}`
      )
      const cell = (value: number | null) => (value === null ? '—' : value.toFixed(3)).padStart(9)
      io.out(
        `${'tag'.padEnd(12)}${'spans'.padStart(7)}${'exact F1'.padStart(9)}${'overlap'.padStart(9)}${'κ'.padStart(9)}`
      )
      for (const row of report.tags) {
        io.out(
          `${row.tag.padEnd(12)}${String(row.spans).padStart(7)}${cell(row.exactF1)}${cell(row.overlapF1)}${cell(row.kappa)}`
        )
      }
      return 0
    }
  },
  profile: {
    args: '[--name NAME]',
    summary: 'show or set the analyst name stamped on annotations',
    options: { name: { type: 'string' } },
    run: ({ db, values, io }) => {
      if (typeof values.name === 'string') {
        if (!values.name.trim()) throw new UserError('the name cannot be empty')
        setProfile(db, values.name.trim())
      }
      const analyst = getProfile(db)
      io.out(
        analyst ? `${analyst.name} (${analyst.id})` : 'no analyst profile yet: workbench profile --name "Your Name"'
      )
      return 0
    }
  },
  serve: {
    args: '[--port N]',
    summary: 'browser mode: serve the workbench on 127.0.0.1 and print its URL',
    options: { port: { type: 'string', short: 'p' } },
    run: async ({ db, dataDir, values, io }) => {
      const port = values.port === undefined ? 0 : Number(values.port)
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new UserError(`--port must be 0–65535, not "${values.port}"`)
      const host = await startHttpHost({
        handlers: createHandlers({
          db,
          dataDir,
          importer: workerImporter(IMPORT_WORKER, db, { dataDir }),
          bundleReader: startedReader()
        }),
        rendererDir: join(__dirname, '..', 'renderer'),
        port,
        token: process.env.WORKBENCH_TOKEN || undefined
      })
      io.out(`Workbench (browser mode) at ${host.url}`)
      io.out(`data: ${dataDir}  — press Ctrl+C to stop`)
      const stop = () => {
        void host.close().then(() => {
          db.close()
          process.exit(0)
        })
      }
      process.once('SIGINT', stop)
      process.once('SIGTERM', stop)
      return new Promise<number>(() => {})
    }
  },
  ...BULK_COMMANDS,
  ...FIND_COMMANDS
}
