// The merge preview: a bundle whose copy of an annotation was edited after this corpus deleted it is
// shown as a conflict before anything is written; Escape leaves the corpus alone; the T key keeps
// theirs and Enter merges, in one go, keeping the editor as the annotation's creator.
import { expect, test } from '@playwright/test'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { answerProfile } from './support/article'
import { startWorkbench, type HostKind } from './support/workbench'

const FERRY = resolve(__dirname, '../resources/sample-corpus/harbour-ferry-vote.txt')

test('settles a conflict from the merge preview by keyboard, and Escape changes nothing', async ({ browser }, info) => {
  const wb = await startWorkbench(info.project.metadata.host as HostKind, browser)
  const { page } = wb
  await answerProfile(page, 'Chloé Analyst')
  await wb.call('importFiles', { files: [{ name: 'ferry.txt', base64: readFileSync(FERRY).toString('base64') }] })
  const [article] = await wb.call('listArticles', {})
  const { text } = await wb.call('getArticle', { id: article.id })
  const start = text.indexOf('ferry')
  const mine = (await wb.call('createAnnotation', { articleId: article.id, tag: 'claim', start, end: start + 5 }))
    .changes[0].after!
  const exported = await wb.call('exportBundle', {})
  await wb.call('deleteAnnotations', { ids: [mine.id] })

  // Their copy: the same annotation, edited after the version this corpus deleted.
  const files = unzipSync(new Uint8Array(Buffer.from(exported.base64, 'base64')))
  const collection = JSON.parse(strFromU8(files['annotations.jsonld']))
  const [item] = collection.first.items
  item.body.push({ type: 'TextualBody', purpose: 'describing', value: 'Theirs: keep this', format: 'text/plain' })
  item['wb:replaces'] = [item.modified]
  item.modified = new Date(Date.parse(item.modified) + 60_000).toISOString()
  files['annotations.jsonld'] = strToU8(JSON.stringify(collection))
  files['tombstones.json'] = strToU8('[]')
  const theirs = join(wb.dataDir, 'theirs.wbundle')
  writeFileSync(theirs, zipSync(files))

  const merge = async () => {
    await page.getByLabel('Bundle file to merge').setInputFiles(theirs)
    await expect(page.getByRole('dialog', { name: 'Merge theirs.wbundle?' })).toBeVisible()
  }
  await merge()
  const conflict = page.getByRole('group', { name: /Conflict on/ })
  await expect(conflict).toContainText('Theirs: claim “ferry” — Theirs: keep this')
  await expect(conflict.getByRole('radio', { name: 'Keep both' })).toBeDisabled()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  expect(await wb.call('listAnnotations', { articleId: article.id })).toEqual([])

  await merge()
  await conflict.focus()
  await page.keyboard.press('m')
  await expect(conflict.getByRole('radio', { name: 'Keep mine' })).toBeChecked()
  await page.keyboard.press('t')
  await expect(conflict.getByRole('radio', { name: 'Keep theirs' })).toBeChecked()
  await page.keyboard.press('Enter')
  await expect(page.getByText(/1 conflicts settled/)).toBeVisible()
  const [merged] = await wb.call('listAnnotations', { articleId: article.id })
  expect(merged).toMatchObject({ id: mine.id, note: 'Theirs: keep this', creator: { name: 'Chloé Analyst' } })
  await wb.stop()
})
