// Three analysts annotate copies of the same articles in three corpora, through the contract, with
// overlapping spans, edits, a deletion and one real conflict. Merging their bundles gives the same
// corpus whatever the order, and the conflict is raised exactly once.
import { describe, expect, it } from 'vitest'
import type { Annotation, ConflictChoice } from '../../../shared/model'
import { findAnnotation } from '../annotations'
import {
  analystWorkspace,
  articleFiles,
  canonicalDump,
  editAnnotation,
  nthWord,
  type Workspace
} from './team-workspace'

const later = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString()

interface TeamBundles {
  bundles: { name: string; base64: string }[]
  ids: Record<'sharedClaim' | 'contested' | 'deleted' | 'benOverlap' | 'chrisOwn' | 'anaOwn', string>
}

async function annotate(ws: Workspace, articleId: number, tag: string, n: number): Promise<Annotation> {
  const { text } = await ws.call('getArticle', { id: articleId })
  return (await ws.call('createAnnotation', { articleId, tag, ...nthWord(text, n) })).changes[0].after!
}

async function bundleOf(ws: Workspace, name: string) {
  const bundle = await ws.call('exportBundle', {})
  return { name, base64: bundle.base64 }
}

/** Ana annotates and shares; Ben and Chris take her bundle, then each works apart; all three export. */
async function teamBundles(): Promise<TeamBundles> {
  const [ana, ben, chris] = await Promise.all(['Ana López', 'Ben Okafor', 'Chris Novak'].map(analystWorkspace))
  await ana.call('importFiles', { files: articleFiles() })
  const [first, second] = (await ana.call('listArticles', {})).map((article) => article.id)
  const sharedClaim = await annotate(ana, first, 'claim', 1)
  const contested = await annotate(ana, first, 'quote', 3)
  const deleted = await annotate(ana, second, 'figure', 2)
  const start = await bundleOf(ana, 'ana-start.wbundle')
  for (const ws of [ben, chris]) await ws.call('importBundle', start)
  const local = (ws: Workspace, id: string) => findAnnotation(ws.db, id) as Annotation

  // Ben: a span overlapping Ana's claim, and a note on the contested quote.
  const benArticle = local(ben, sharedClaim.id).articleId
  const { text } = await ben.call('getArticle', { id: benArticle })
  const claim = nthWord(text, 1)
  const benOverlap = (
    await ben.call('createAnnotation', {
      articleId: benArticle,
      tag: 'claim',
      start: claim.start,
      end: Math.min(text.length, claim.end + 12)
    })
  ).changes[0].after!
  editAnnotation(ben.db, local(ben, contested.id), { note: 'Ben: attributed to the spokesman' }, later(10))
  // Chris: another note on the same quote, later (the conflict), a deletion, and his own annotation.
  editAnnotation(chris.db, local(chris, contested.id), { note: 'Chris: unattributed' }, later(20))
  await chris.call('deleteAnnotations', { ids: [deleted.id] })
  const chrisOwn = await annotate(chris, local(chris, deleted.id)?.articleId ?? benArticle, 'figure', 5)
  // Ana: edits her own claim, which nobody else touched, and adds one more.
  editAnnotation(ana.db, local(ana, sharedClaim.id), { attributes: { status: 'disputed' } }, later(5))
  const anaOwn = await annotate(ana, second, 'quote', 4)

  return {
    bundles: [
      await bundleOf(ana, 'ana.wbundle'),
      await bundleOf(ben, 'ben.wbundle'),
      await bundleOf(chris, 'chris.wbundle')
    ],
    ids: {
      sharedClaim: sharedClaim.id,
      contested: contested.id,
      deleted: deleted.id,
      benOverlap: benOverlap.id,
      chrisOwn: chrisOwn.id,
      anaOwn: anaOwn.id
    }
  }
}

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items]
  return items.flatMap((item, index) =>
    permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest])
  )
}

/** Merges the bundles in `order` into a fresh corpus, taking each conflict's suggested side. */
async function mergeInOrder(bundles: TeamBundles['bundles']) {
  const ws = await analystWorkspace('Dana Reviewer')
  const conflicts: string[] = []
  for (const bundle of bundles) {
    const preview = await ws.call('previewBundleImport', bundle)
    const choices: Record<string, ConflictChoice> = {}
    for (const conflict of preview.conflicts) {
      conflicts.push(conflict.id)
      choices[conflict.id] = conflict.suggested
    }
    await ws.call('applyBundleImport', { ...bundle, choices })
  }
  return { ws, conflicts }
}

describe('merging three analysts’ bundles', () => {
  it('gives the same corpus in all six orders, raising the one real conflict once in each', async () => {
    const { bundles, ids } = await teamBundles()
    const results = []
    for (const order of permutations(bundles)) results.push(await mergeInOrder(order))
    for (const { conflicts } of results) expect(conflicts).toEqual([ids.contested])
    const dumps = results.map(({ ws }) => canonicalDump(ws.db))
    for (const dump of dumps.slice(1)) expect(dump).toEqual(dumps[0])

    const { ws } = results[0]
    const get = (id: string) => findAnnotation(ws.db, id)
    expect(get(ids.contested)).toMatchObject({ note: 'Chris: unattributed', creator: { name: 'Ana López' } })
    expect(get(ids.sharedClaim)).toMatchObject({ attributes: { status: 'disputed' } })
    expect(get(ids.deleted)).toBeNull()
    expect(get(ids.benOverlap)?.creator.name).toBe('Ben Okafor')
    expect(get(ids.chrisOwn)?.creator.name).toBe('Chris Novak')
    expect(get(ids.anaOwn)?.creator.name).toBe('Ana López')
  })

  it('keeps every version a merge replaced in the annotation’s history', async () => {
    const { bundles, ids } = await teamBundles()
    const { ws } = await mergeInOrder(bundles)
    const history = ws.db
      .prepare('SELECT version FROM annotation_history WHERE annotation_id = ? ORDER BY modified')
      .pluck()
      .all(ids.contested) as (string | null)[]
    expect(history.map((version) => version && (JSON.parse(version) as { note: string }).note)).toEqual([
      '',
      'Ben: attributed to the spokesman'
    ])
  })
})
