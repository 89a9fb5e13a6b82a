// Find and compare, as an analyst does it: import the five seed reports of the December 2021
// Biden–Putin calls, search "troops" from the keyboard and open a hit, build a story of all five,
// tag each outlet's troop figure and the call's length (through the contract, with attributes, as
// tagging by hand would), and read the comparison: the 60,000–90,000 report marked against the
// 100,000 of the others, and "50-minute" beside "nearly an hour".
import { expect, test } from '@playwright/test'
import { existsSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Attributes } from '../src/shared/model'
import { answerProfile } from './support/article'
import { startWorkbench, type HostKind, type Running } from './support/workbench'

const seedDir = resolve(__dirname, '../../shared/corpus/seed-articles')
const haveSeeds = existsSync(seedDir)
if (!haveSeeds) console.warn(`skipping the find-and-compare e2e: ${seedDir} not found`)

/** Tags the first `words` in whichever article contains them, through the contract. */
async function tagFigure(wb: Running, words: string, attributes: Attributes): Promise<number> {
  for (const { id } of await wb.call('listArticles', {})) {
    const { text } = await wb.call('getArticle', { id })
    const start = text.indexOf(words)
    if (start < 0) continue
    await wb.call('createAnnotation', { articleId: id, tag: 'figure', start, end: start + words.length, attributes })
    return id
  }
  throw new Error(`no seed article contains "${words}"`)
}

test.describe('find and compare', () => {
  test.skip(!haveSeeds, 'the seed articles (../shared/corpus/seed-articles) are not on this machine')

  test('search troops, open a hit, build a story of five, compare the figures', async ({ browser }, info) => {
    const wb = await startWorkbench(info.project.metadata.host as HostKind, browser)
    const { page } = wb
    await answerProfile(page, 'Ada Analyst')
    await page.getByLabel('Article files to import').setInputFiles(readdirSync(seedDir).map((n) => join(seedDir, n)))
    await expect(page.getByText('Import: 5 imported, 0 already present, 0 failed')).toBeVisible()
    const progress = page.getByRole('region', { name: 'Import progress' })
    await expect(progress.getByRole('progressbar', { name: 'Files imported' })).toHaveAttribute('value', '5')
    await expect(progress).toContainText('Import finished: 5 of 5 files')
    await progress.getByRole('button', { name: 'Close the import summary' }).click()

    // Search from the keyboard: Ctrl+F, type, move with the arrows, Enter opens the hit selected.
    await page.locator('body').click()
    await page.keyboard.press('Control+f')
    await expect(page.getByRole('combobox', { name: 'Search the corpus' })).toBeFocused()
    await page.keyboard.type('troops')
    await expect(page.getByRole('status').filter({ hasText: /articles? and \d+ annotations? match/ })).toBeVisible()
    const hits = page.getByRole('listbox', { name: 'Search results' }).getByRole('option')
    const titles = new Set(
      await hits.evaluateAll((options) => options.map((o) => o.querySelector('.search-hit-where')?.textContent))
    )
    expect(titles.size).toBeGreaterThanOrEqual(4)
    await page.keyboard.press('ArrowDown')
    await expect(hits.nth(1)).toHaveAttribute('aria-selected', 'true')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('troops')

    // A story of all five, by hand; the suggestion agrees and says why.
    await page.getByRole('button', { name: 'Stories' }).click()
    const stories = page.getByRole('region', { name: 'Stories' })
    await stories.getByRole('button', { name: 'Suggest stories' }).click()
    await expect(stories.getByText(/Shared:.*December 30/)).toBeVisible()
    await stories.getByLabel('Story title').fill('The December 30 call')
    const boxes = stories.getByRole('group', { name: 'Articles in the story' }).getByRole('checkbox')
    await expect(boxes).toHaveCount(5)
    for (const box of await boxes.all()) await box.check()
    await stories.getByRole('button', { name: 'Create story' }).click()
    await expect(stories.getByRole('list', { name: 'Articles of the story' }).getByRole('listitem')).toHaveCount(5)

    const troops = { unit: 'troops' }
    await tagFigure(wb, 'some 100,000 troops', { ...troops, value: 100000, approximate: true, qualifier: 'some' })
    await tagFigure(wb, 'upwards of 100,000 troops', {
      ...troops,
      value: 100000,
      approximate: true,
      qualifier: 'upwards of'
    })
    await tagFigure(wb, 'around 100,000 Russian troops', {
      ...troops,
      value: 100000,
      approximate: true,
      qualifier: 'around'
    })
    const guardian = await tagFigure(wb, '60,000 to 90,000 Russian troops', {
      ...troops,
      value: 60000,
      valueHigh: 90000
    })
    await tagFigure(wb, 'an estimated 100,000 troops', {
      ...troops,
      value: 100000,
      approximate: true,
      qualifier: 'an estimated'
    })
    await tagFigure(wb, '50-minute', { value: 50, unit: 'minutes' })
    await tagFigure(wb, 'nearly an hour', { value: 60, unit: 'minutes', approximate: true, qualifier: 'nearly' })

    // Leave and come back: the comparison is read afresh.
    await stories.getByRole('button', { name: 'Back to the article' }).click()
    await page.getByRole('button', { name: 'Stories' }).click()
    const figures = stories.getByRole('table', { name: 'Figures' })
    await expect(figures.getByRole('row', { name: /troops outlets disagree/ })).toBeVisible()
    await expect(
      figures.getByRole('button', { name: /60,000–90,000 troops, disagrees with the other outlets/ })
    ).toBeVisible()
    for (const label of [
      'some 100,000 troops',
      'upwards of 100,000 troops',
      'around 100,000 troops',
      'an estimated 100,000 troops'
    ])
      await expect(figures.getByRole('button', { name: new RegExp(`: ${label}$`) })).toBeVisible()
    await expect(figures.getByRole('button', { name: /: 50 minutes/ })).toBeVisible()
    await expect(figures.getByRole('button', { name: /: nearly 60 minutes/ })).toBeVisible()
    await page.screenshot({ path: info.outputPath('comparison.png'), fullPage: true })

    // A cell opens its span in the article.
    await figures.getByRole('button', { name: /60,000–90,000 troops/ }).click()
    await expect(stories).toBeHidden()
    await expect
      .poll(() => page.evaluate(() => window.getSelection()?.toString()))
      .toBe('60,000 to 90,000 Russian troops')
    const opened = await wb.call('getArticle', { id: guardian })
    await expect(page.getByRole('textbox', { name: 'Article text' })).toContainText(opened.text.slice(0, 40))

    // The overview charts count the seven figures, with their numbers as text.
    await page.getByRole('button', { name: 'Overview' }).click()
    const overview = page.getByRole('region', { name: 'Overview' })
    await expect(overview.getByRole('img', { name: 'Annotations per tag per outlet' })).toBeVisible()
    await expect(overview.getByText('5 articles, 7 annotations.')).toBeVisible()
    await overview.getByText('Annotations per tag per outlet: the numbers').click()
    const numbers = overview.getByRole('table').first()
    await expect(numbers.getByRole('row')).toHaveCount(6)
    await page.screenshot({ path: info.outputPath('overview.png'), fullPage: true })

    // A search hit opened from the overview brings the article back.
    await page.keyboard.press('Control+f')
    await page.keyboard.press('Enter')
    await expect(overview).toBeHidden()
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('troops')

    // Every hit of a search tagged at once, and taken back with one Ctrl+Z.
    const claims = async () => (await wb.call('listArticles', {})).reduce((n, a) => n + (a.counts.claim ?? 0), 0)
    await page.getByLabel('Filter articles').focus()
    await page.keyboard.press('Control+f')
    await expect(page.getByRole('combobox', { name: 'Search the corpus' })).toBeFocused()
    await page.keyboard.type('Kremlin')
    await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toContainText(
      'Kremlin'
    )
    await page.getByRole('combobox', { name: 'Tag the hits as' }).selectOption('claim')
    await page.getByRole('button', { name: 'Tag all hits' }).click()
    await expect(page.getByText(/^Tag \d+ search hits of “Kremlin” as claim$/)).toBeVisible()
    expect(await claims()).toBeGreaterThanOrEqual(4)
    await page.getByRole('textbox', { name: 'Article text' }).focus()
    await page.keyboard.press('Control+z')
    await expect.poll(claims).toBe(0)
    await wb.stop()
  })
})
