// The bundle import's reader thread, as the built CLI runs it (the unit tests read annotations in
// line, from the sources): a bundle of some 1,800 annotations, with emoji in the texts, crosses
// into a new corpus in several batches and comes out the same; a bundle broken in its last batch is
// refused and leaves the corpus as it was.
import { expect, test } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { newDataDir } from './support/workbench'

const cli = (...args: string[]) => execFileSync(process.execPath, ['bin/workbench.mjs', ...args], { encoding: 'utf8' })

/** `show` of every article, without the lines that name the corpus folder. */
function everything(data: string): string {
  const ids = [...cli('list', '--data', data).matchAll(/^\s*#?(\d+)\b/gm)].map((match) => match[1])
  return ids.map((id) => cli('show', id, '--data', data)).join('\n')
}

test('a large bundle crosses the reader thread whole, and a broken one changes nothing', async () => {
  test.skip(test.info().project.name !== 'browser', 'runs the CLI alone; once is enough')
  expect(existsSync('out/main/annotation-reader-worker.js'), 'the build has the reader thread').toBe(true)
  const [ana, ben] = [newDataDir(), newDataDir()]
  cli('profile', '--name', 'Ana López', '--data', ana)
  cli('import', 'resources/sample-corpus', '--data', ana)
  for (const tag of ['claim', 'quote', 'figure'])
    cli('tag', '--regex', '\\S+', '--tag', tag, '--scope', 'corpus', '--data', ana)
  const bundle = join(ana, 'ana.wbundle')
  const exported = cli('export', '--out', bundle, '--data', ana)
  const count = Number(/(\d+) annotations/.exec(exported)?.[1])
  expect(count).toBeGreaterThan(1500)

  cli('profile', '--name', 'Ben Okafor', '--data', ben)
  expect(cli('import-bundle', bundle, '--data', ben)).toContain(`annotations ${count} added`)
  expect(everything(ben)).toEqual(everything(ana))

  // The last annotation's quote no longer matches its text: refused, and Ben's corpus unchanged.
  const files = unzipSync(new Uint8Array(readFileSync(bundle)))
  const lines = strFromU8(files['annotations.jsonld']).split('\n')
  const last = lines.findLastIndex((line) => line.includes('"TextQuoteSelector"'))
  lines[last] = lines[last].replace(/"exact":"/, '"exact":"not ')
  const broken = join(ana, 'broken.wbundle')
  writeFileSync(broken, zipSync({ ...files, 'annotations.jsonld': strToU8(lines.join('\n')) }))
  const before = everything(ben)
  expect(() => cli('import-bundle', broken, '--data', ben)).toThrow(/does not match the article text/)
  expect(everything(ben)).toEqual(before)
})
