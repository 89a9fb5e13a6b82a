// The whole loop once, as an analyst does it: import the seed articles, tag a figure with the mouse
// and the "3" key, find it again after a reload and a restart, export a bundle, and import it into a
// fresh data directory where the same annotations appear.
import { expect, test } from '@playwright/test'
import { existsSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { answerProfile, highlighted, selectWithMouse } from './support/article'
import { startWorkbench, type HostKind, type Running } from './support/workbench'

const seedDir = resolve(__dirname, '../../shared/corpus/seed-articles')
const haveSeeds = existsSync(seedDir)
if (!haveSeeds) console.warn(`skipping the seed-article e2e: ${seedDir} not found`)

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
