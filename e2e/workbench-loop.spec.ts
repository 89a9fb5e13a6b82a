// The whole loop once, as an analyst does it: import the seed articles, tag a figure with the mouse
// and the "3" key, find it again after a reload and a restart, export a bundle, and import it into a
// fresh data directory where the same annotations appear.
import { expect, test, type Page } from '@playwright/test'
import { existsSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { startWorkbench, type HostKind, type Running } from './support/workbench'

const seedDir = resolve(__dirname, '../../shared/corpus/seed-articles')
const haveSeeds = existsSync(seedDir)
if (!haveSeeds) console.warn(`skipping the seed-article e2e: ${seedDir} not found`)

async function answerProfile(page: Page, name: string) {
  await page.getByLabel('Your name').fill(name)
  await page.getByRole('button', { name: 'Start annotating' }).click()
  await expect(page.getByText(`Analyst: ${name}`)).toBeVisible()
}

/** Drags the mouse across the first occurrence of `phrase` in the article text. */
async function selectWithMouse(page: Page, phrase: string) {
  const box = await page.evaluate((target) => {
    const root = document.querySelector('.article-editable') as HTMLElement
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(target)
      if (at === -1) continue
      const range = document.createRange()
      range.setStart(node, at)
      range.setEnd(node, at + 1)
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' })
      const first = range.getBoundingClientRect()
      range.setStart(node, at + target.length - 1)
      range.setEnd(node, at + target.length)
      const last = range.getBoundingClientRect()
      return {
        x1: first.left + 1,
        y1: first.top + first.height / 2,
        x2: last.right - 1,
        y2: last.top + last.height / 2
      }
    }
    return null
  }, phrase)
  if (!box) throw new Error(`"${phrase}" is not in the article`)
  await page.mouse.move(box.x1, box.y1)
  await page.mouse.down()
  await page.mouse.move((box.x1 + box.x2) / 2, box.y2, { steps: 5 })
  await page.mouse.move(box.x2, box.y2, { steps: 5 })
  await page.mouse.up()
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(phrase)
}

/** The text under each range of a tag's highlight. */
const highlighted = (page: Page, tag: string) =>
  page.evaluate((name) => [...(CSS.highlights.get(`wb-tag-${name}`) ?? [])].map((range) => range.toString()), tag)

test.describe('the whole workbench loop', () => {
  test.skip(!haveSeeds, 'the seed articles (../shared/corpus/seed-articles) are not on this machine')

  test('import, tag by key, survive a restart, export, and import into a fresh corpus', async ({ browser }, info) => {
    const kind = info.project.metadata.host as HostKind
    let wb: Running = await startWorkbench(kind, browser)
    const { page } = wb
    await answerProfile(page, 'Ada Analyst')

    const seeds = readdirSync(seedDir).map((name) => join(seedDir, name))
    await page.getByLabel('Article files to import').setInputFiles(seeds)
    await expect(page.getByText('Import: 5 imported, 0 already present, 0 failed')).toBeVisible()
    await expect(page.getByRole('navigation', { name: 'Corpus' }).getByRole('button')).toHaveCount(5)

    // Importing the same files again changes nothing, and says so.
    await page.getByLabel('Article files to import').setInputFiles(seeds)
    await expect(page.getByText('Import: 0 imported, 5 already present, 0 failed')).toBeVisible()

    await page.getByRole('button', { name: /Biden and Putin talked for nearly an hour/ }).click()
    await selectWithMouse(page, '100,000 troops')
    await page.keyboard.press('3')
    await expect(page.getByRole('button', { name: 'Figure: 100,000 troops' })).toBeVisible()
    expect(await highlighted(page, 'figure')).toEqual(['100,000 troops'])

    await page.reload()
    await page.getByRole('button', { name: /Biden and Putin talked for nearly an hour/ }).click()
    await expect(page.getByRole('button', { name: 'Figure: 100,000 troops' })).toBeVisible()
    await expect.poll(() => highlighted(page, 'figure')).toEqual(['100,000 troops'])

    await wb.stop()
    wb = await startWorkbench(kind, browser, wb.dataDir)
    await wb.page.getByRole('button', { name: /Biden and Putin talked for nearly an hour/ }).click()
    await expect(wb.page.getByRole('button', { name: 'Figure: 100,000 troops' })).toBeVisible()
    await wb.page.screenshot({ path: info.outputPath('tagged-figure.png') })

    const bundle = await wb.exportBundle()
    const articles = await wb.call('listArticles', {})
    const tagged = articles.find((a) => a.counts.figure === 1)
    expect(tagged).toBeDefined()
    const original = await wb.call('listAnnotations', { articleId: tagged!.id })
    await wb.stop()

    const teammate = await startWorkbench(kind, browser)
    await answerProfile(teammate.page, 'Ben Teammate')
    await teammate.page.getByLabel('Bundle file to import').setInputFiles(bundle)
    await expect(
      teammate.page.getByText(/5 articles added .* annotations 1 added, 0 unchanged, 0 conflicting/)
    ).toBeVisible()
    await teammate.page.getByRole('button', { name: /Biden and Putin talked for nearly an hour/ }).click()
    await expect(teammate.page.getByRole('button', { name: 'Figure: 100,000 troops' })).toBeVisible()
    const theirArticles = await teammate.call('listArticles', {})
    const theirs = theirArticles.find((a) => a.counts.figure === 1)
    const imported = await teammate.call('listAnnotations', { articleId: theirs!.id })
    expect(imported.map(({ articleId: _, ...rest }) => rest)).toEqual(original.map(({ articleId: _, ...rest }) => rest))
    await teammate.stop()
  })
})
