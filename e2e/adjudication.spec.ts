// Adjudication, keyboard only: two analysts annotate the same sample article in their own corpora
// (through the contract); Ana merges Ben's bundle, opens the adjudication view with Shift+D, keeps
// her claim over Ben's overlapping one, keeps both quotes, drops her figure that Ben lacks, checks
// what is stored through the contract, and undoes the last decision from the view.
import { expect, test } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Annotation } from '../src/shared/model'
import { startWorkbench, type HostKind, type Running } from './support/workbench'

const FERRY = resolve(__dirname, '../resources/sample-corpus/harbour-ferry-vote.txt')
const ferryFile = { name: 'ferry.txt', base64: readFileSync(FERRY).toString('base64') }

/** Tags the first occurrence of `phrase` in the analyst's only article, through the contract. */
async function tag(wb: Running, name: string, phrase: string, attributes = {}): Promise<Annotation> {
  const [article] = await wb.call('listArticles', {})
  const { text } = await wb.call('getArticle', { id: article.id })
  const start = text.indexOf(phrase)
  expect(start, phrase).toBeGreaterThanOrEqual(0)
  const result = await wb.call('createAnnotation', {
    articleId: article.id,
    tag: name,
    start,
    end: start + phrase.length,
    attributes
  })
  return result.changes[0].after!
}

const habit = '“a very expensive habit.”'

test('keeps A’s, keeps both, keeps B’s and undoes a decision, by keyboard alone', async ({ browser }, info) => {
  const host = info.project.metadata.host as HostKind
  // Ben's corpus: his spans of the ferry article, exported as a bundle.
  const ben = await startWorkbench(host, browser)
  await ben.call('setProfile', { name: 'Ben Analyst' })
  await ben.call('importFiles', { files: [ferryFile] })
  const benClaim = await tag(ben, 'claim', 'voted 7 to 4 on Wednesday')
  const benQuote = await tag(ben, 'quote', 'don’t cut us off')
  await tag(ben, 'quote', habit, { speaker: 'Ray Dunmore' })
  const benOnly = await tag(ben, 'claim', 'the service would end on June 30')
  const bundle = await ben.call('exportBundle', {})
  await ben.stop()

  const wb = await startWorkbench(host, browser)
  const { page } = wb
  await page.getByLabel('Your name').fill('Ana Analyst')
  await page.keyboard.press('Enter')
  await expect(page.getByText('Analyst: Ana Analyst')).toBeVisible()
  await wb.call('importFiles', { files: [ferryFile] })
  const anaClaim = await tag(wb, 'claim', 'voted 7 to 4 on Wednesday to keep the cross-bay ferry running')
  await tag(wb, 'figure', '$3.2 million')
  const anaQuote = await tag(
    wb,
    'quote',
    '“We heard from more than 200 residents tonight, and almost all of them said the same thing: don’t cut us off,”'
  )
  const anaFigure = await tag(wb, 'figure', '1,150 passengers')
  await tag(wb, 'quote', habit, { speaker: 'Ray Dunmore' })
  await wb.call('importBundle', { name: 'ben.wbundle', base64: bundle.base64 })
  const [article] = await wb.call('listArticles', {})

  await page.reload()
  await expect(page.getByText('Analyst: Ana Analyst')).toBeVisible()
  await page.keyboard.press('n')
  await expect(page.locator('.article-editable')).toContainText('Harbour council')
  await page.keyboard.press('Shift+D')
  const dialog = page.getByRole('dialog', { name: /Adjudicate “Harbour council/ })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByLabel('Analyst A')).toHaveValue(anaClaim.creator.id)
  // Five rows to decide; the quote both tagged alike, with the same speaker, is agreed and hidden.
  await expect(dialog.getByRole('status')).toHaveText('5 open of 6 rows')
  const current = dialog.getByRole('listbox').getByRole('option', { selected: true })
  await expect(current).toHaveAccessibleName(/^Row 1 of 5, spans overlap\. Ana Analyst: claim “voted 7 to 4/)
  await expect(current).toContainText('voted 7 to 4 on Wednesday to keep the cross-bay ferry running')

  await page.keyboard.press('1') // keep Ana's claim: Ben's overlapping one goes
  await expect(dialog.getByRole('status')).toHaveText('4 open of 6 rows')
  await expect(current).toHaveAccessibleName(/^Row 1 of 4, only A\. Ana Analyst: figure “\$3\.2 million”/)
  await page.keyboard.press('s') // skip it
  await expect(current).toHaveAccessibleName(/^Row 2 of 4, spans overlap\. Ana Analyst: quote/)
  await page.keyboard.press('3') // keep both quotes
  await expect(current).toHaveAccessibleName(/^Row 2 of 3, only A\. Ana Analyst: figure “1,150 passengers”/)
  await page.keyboard.press('b') // keep Ben's version, which is none: Ana's figure goes
  await expect(current).toHaveAccessibleName(/^Row 2 of 2, only B\. Ana Analyst: no span\. Ben Analyst: claim/)

  const ids = async () => (await wb.call('listAnnotations', { articleId: article.id })).map((a) => a.id)
  let stored = await ids()
  expect(stored).toEqual(expect.arrayContaining([anaClaim.id, anaQuote.id, benQuote.id, benOnly.id]))
  expect(stored).not.toContain(benClaim.id)
  expect(stored).not.toContain(anaFigure.id)
  const view = await wb.call('getAdjudication', { articleId: article.id })
  expect(view.rows.filter((row) => row.settled).map((row) => [row.a?.id ?? null, row.b?.id ?? null])).toEqual([
    [anaClaim.id, null],
    [anaQuote.id, benQuote.id]
  ])

  await page.keyboard.press('Control+z') // undo the last decision: Ana's figure is back, its row open again
  await expect(page.getByText('Undo adjudicate: drop Ana Analyst’s figure')).toBeVisible()
  await expect(dialog.getByRole('status')).toHaveText('3 open of 6 rows')
  stored = await ids()
  expect(stored).toContain(anaFigure.id)
  expect(stored).not.toContain(benClaim.id)
  await page.keyboard.press('Control+Shift+Z') // redo drops it again, and undo brings it back once more
  await expect(dialog.getByRole('status')).toHaveText('2 open of 5 rows')
  expect(await ids()).not.toContain(anaFigure.id)
  await page.keyboard.press('Control+z')
  await expect(dialog.getByRole('status')).toHaveText('3 open of 6 rows')

  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toHaveCount(0)

  // The Team dialog lists the article with its open rows and opens the same view.
  await page.getByRole('button', { name: 'Team' }).focus()
  await page.keyboard.press('Enter')
  await page.getByRole('button', { name: /^Adjudicate “Harbour council.*” \(3 open\)$/ }).focus()
  await page.keyboard.press('Enter')
  await expect(dialog.getByRole('status')).toHaveText('3 open of 6 rows')
  await page.keyboard.press('f')
  await expect(
    dialog.getByRole('listbox').getByRole('option', { name: /^Row 1 of 6, settled: A’s kept\./ })
  ).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await wb.stop()
})
