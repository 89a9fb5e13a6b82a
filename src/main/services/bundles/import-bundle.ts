// Importing a bundle in two steps: a preview of what it would add, change, delete and find in
// conflict, then the import itself with the analyst's choices, in one transaction. Both re-read the
// bundle and the corpus, so the import decides on the corpus as it is when it runs.
import type { Db } from '../../db/connection'
import type { BundleImportPreview, BundleImportReport, ConflictChoice } from '../../../shared/model'
import { insertOrphan } from '../orphans'
import { upsertAnalyst } from '../profile'
import { applyMerge } from './apply-merge'
import { previewOf } from './merge-preview'
import { planMerge, type MergeStep } from './merge-plan'
import { parseBundle } from './parse-bundle'
import { measured, type PhaseClock } from './phase-clock'
import { planImport, type ImportPlan } from './plan-import'
import { importReport, NeedsWholeFile, streamedImport, writeArticles, type StreamOptions } from './streamed-import'

export { sameAttributes } from './same-content'

interface PreparedImport {
  plan: ImportPlan
  steps: MergeStep[]
}

/** Parses and checks a bundle against the corpus; call inside a transaction. */
function prepare(db: Db, fileName: string, bytes: Uint8Array, clock?: PhaseClock): PreparedImport {
  const bundle = parseBundle(fileName, bytes, clock)
  const plan = measured(clock, 'anchor', () => planImport(db, fileName, bundle))
  return { plan, steps: measured(clock, 'merge plan', () => planMerge(db, plan.annotations, bundle.tombstones)) }
}

/**
 * What importing the bundle would do, without writing anything; a UserError naming `fileName` and
 * the problem when the bundle is damaged or does not fit the corpus.
 */
export function previewBundleImport(db: Db, fileName: string, bytes: Uint8Array): BundleImportPreview {
  return db.transaction(() => {
    const { plan, steps } = prepare(db, fileName, bytes)
    return previewOf(db, fileName, plan, steps)
  })()
}

/** The import as it was before streaming: the whole bundle parsed and planned, then written. */
function wholeFileImport(
  db: Db,
  fileName: string,
  bytes: Uint8Array,
  choices: Readonly<Record<string, ConflictChoice>>,
  clock?: PhaseClock
): BundleImportReport {
  const { plan, steps } = prepare(db, fileName, bytes, clock)
  const articleIds = measured(clock, 'write articles', () => {
    for (const analyst of plan.analysts) upsertAnalyst(db, analyst)
    return writeArticles(db, plan.tags, plan)
  })
  const counts = measured(clock, 'write annotations', () =>
    applyMerge(db, steps, choices, (sha) => articleIds.get(sha) as number)
  )
  const orphans = plan.orphans.filter((orphan) => insertOrphan(db, orphan)).length
  return importReport(fileName, { added: plan.newArticles.length, existing: plan.articlesExisting }, counts, orphans)
}

/**
 * Imports an annotated bundle: adds what the corpus lacks, takes versions that supersede ours,
 * applies deletions, and settles each conflict by `choices[id]` (one left without a choice keeps our
 * version and is listed in `conflicts`). Annotations are read beside the writing (streamed-import.ts;
 * on `options.reader`, a worker thread, when the host has one), and read whole the slower way
 * when their file is not in the line layout this workbench writes or breaks a rule that only that way
 * names. All of it is one transaction: a UserError naming `fileName` and the problem leaves the corpus
 * as it was. Importing a bundle twice changes nothing the second time. `options.clock`, when given,
 * times the phases.
 */
export function importBundle(
  db: Db,
  fileName: string,
  bytes: Uint8Array,
  choices: Readonly<Record<string, ConflictChoice>> = {},
  options: StreamOptions = {}
): BundleImportReport {
  // The import's commit does not copy its pages from the log into the database file (a checkpoint, a
  // second write of everything it wrote): the next commit does, which is the search index catching
  // up just after the import has answered (catchUpSearchIndex). The import is durable in the log.
  const checkpointAfter = db.pragma('wal_autocheckpoint', { simple: true }) as number
  db.pragma('wal_autocheckpoint = 0')
  try {
    return db.transaction(() => {
      try {
        // Nested: a savepoint, undone when the annotations must be read whole after all.
        return db.transaction(() => streamedImport(db, fileName, bytes, choices, options))()
      } catch (error) {
        if (!(error instanceof NeedsWholeFile)) throw error
      }
      return wholeFileImport(db, fileName, bytes, choices, options.clock)
    })()
  } finally {
    db.pragma(`wal_autocheckpoint = ${checkpointAfter}`)
  }
}
