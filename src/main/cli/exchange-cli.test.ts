import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../db/connection'
import type { Annotation } from '../../shared/model'
import { findAnnotation } from '../services/annotations'
import { editAnnotation } from '../services/bundles/team-workspace'
import { main } from './index'

async function run(...argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await main(argv, { out: (line) => out.push(line), err: (line) => err.push(line) })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

describe('the workbench CLI for other tools’ formats', () => {
  it('imports a brat folder, then exports brat, CSV and Label Studio files of it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wb-cli-x-'))
    const data = join(dir, 'data')
    const brat = join(dir, 'brat')
    mkdirSync(brat)
    writeFileSync(join(brat, 'doc.txt'), 'Kyiv 😀 said 🚀 launchers were counted.')
    writeFileSync(join(brat, 'doc.ann'), 'T1\tfigure 14 23\tlaunchers\n')
    await run('profile', '--name', 'Ana López', '--data', data)
    const imported = await run('import-annotations', '--format', 'brat', brat, '--data', data)
    expect(imported.err).toBe('')
    expect(imported.out).toMatch(/annotations 1 added/)

    const zip = join(dir, 'out.zip')
    expect((await run('export', '--format', 'brat', '--out', zip, '--data', data)).code).toBe(0)
    const ann = Object.entries(unzipSync(readFileSync(zip))).find(([name]) => name.endsWith('.ann'))
    expect(strFromU8(ann?.[1] as Uint8Array)).toMatch(/^T1\tfigure 14 23\tlaunchers$/m)
    const csv = join(dir, 'out.csv')
    await run('export', '--format', 'csv', '--out', csv, '--data', data)
    expect(readFileSync(csv, 'utf8')).toContain('figure,14,23,launchers')
    const json = join(dir, 'out.json')
    await run('export', '--format', 'labelstudio', '--predictions', '--out', json, '--data', data)
    expect(JSON.parse(readFileSync(json, 'utf8'))[0].predictions[0].result[0].value).toMatchObject({
      start: 14,
      end: 23
    })
  })

  it('refuses an unknown format by name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wb-cli-x-'))
    const result = await run('export', '--format', 'conll', '--out', join(dir, 'x'), '--data', join(dir, 'data'))
    expect(result.code).not.toBe(0)
    expect(result.err).toContain('--format must be bundle, brat, csv or labelstudio, not "conll"')
  })
})

describe('workbench agreement', () => {
  it('prints a table of span F1 and κ per tag for two analysts’ bundles merged in one corpus', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wb-cli-agree-'))
    const [ana, ben, team] = ['ana', 'ben', 'team'].map((name) => join(dir, name))
    const article = join(dir, 'a.txt')
    writeFileSync(article, 'Talks resume\n\nOfficials said about 100,000 troops 😀 remain near the border.\n')
    for (const [data, name] of [
      [ana, 'Ana'],
      [ben, 'Ben']
    ]) {
      await run('profile', '--name', name, '--data', data)
      const brat = join(dir, `${name}-brat`)
      mkdirSync(brat)
      writeFileSync(join(brat, 'a.txt'), readFileSync(article, 'utf8').replace('Talks resume\n\n', ''))
      // Both tag the figure; only Ana tags a claim.
      const ann =
        name === 'Ana'
          ? 'T1\tfigure 21 35\t100,000 troops\nT2\tclaim 0 14\tOfficials said\n'
          : 'T1\tfigure 21 35\t100,000 troops\n'
      writeFileSync(join(brat, 'a.ann'), ann)
      expect((await run('import-annotations', '--format', 'brat', brat, '--data', data)).err).toBe('')
      await run('export', '--out', join(dir, `${name}.wbundle`), '--data', data)
    }
    await run('profile', '--name', 'Dana', '--data', team)
    for (const name of ['Ana', 'Ben']) await run('import-bundle', join(dir, `${name}.wbundle`), '--data', team)
    const table = await run('agreement', '--data', team)
    expect(table.out).toMatch(/1 shared article, 1 analyst pair: Ana, Ben/)
    expect(table.out).toMatch(/^figure\s+2\s+1\.000\s+1\.000\s+1\.000$/m)
    expect(table.out).toMatch(/^claim\s+1\s+0\.000\s+0\.000\s+0\.000$/m)
  })
})

describe('workbench import-bundle --resolve', () => {
  it('settles a conflict by the later change with --resolve newer, and refuses an unknown rule', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wb-cli-resolve-'))
    const [ana, ben] = [join(dir, 'ana'), join(dir, 'ben')]
    const brat = join(dir, 'brat')
    mkdirSync(brat)
    writeFileSync(join(brat, 'a.txt'), 'Officials said about 100,000 troops 😀 remain near the border.')
    writeFileSync(join(brat, 'a.ann'), 'T1\tfigure 21 35\t100,000 troops\n')
    await run('profile', '--name', 'Ana', '--data', ana)
    await run('import-annotations', '--format', 'brat', brat, '--data', ana)
    await run('export', '--out', join(dir, 'start.wbundle'), '--data', ana)
    await run('profile', '--name', 'Ben', '--data', ben)
    await run('import-bundle', join(dir, 'start.wbundle'), '--data', ben)
    /** Edits the one annotation of a corpus as the editor would: a new note and a new stamp. */
    const edit = (data: string, note: string, modified: string) => {
      const db = openDatabase(data)
      const id = db.prepare('SELECT id FROM annotation').pluck().get() as string
      editAnnotation(db, findAnnotation(db, id) as Annotation, { note }, modified)
      db.close()
      return id
    }
    edit(ben, 'mine', '2030-01-01T08:00:00.000Z')
    const id = edit(ana, 'theirs, later', '2030-01-01T09:00:00.000Z')
    await run('export', '--out', join(dir, 'ana.wbundle'), '--data', ana)

    const bad = await run('import-bundle', '--resolve', 'loudest', join(dir, 'ana.wbundle'), '--data', ben)
    expect(bad.err).toContain('--resolve must be newer, mine or theirs, not "loudest"')
    const merged = await run('import-bundle', '--resolve', 'newer', join(dir, 'ana.wbundle'), '--data', ben)
    expect(merged.out).toContain('1 conflicts settled (newer)')
    const db = openDatabase(ben)
    expect(findAnnotation(db, id)?.note).toBe('theirs, later')
    db.close()
  })
})
