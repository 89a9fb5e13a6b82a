// Our own sample corpus: the address names the open article (#article=<id>), so opening the app at
// that address shows the article without a click, a reload reopens the article the analyst had open,
// a restart reopens the last one (and keeps word snapping as it was set), and an address naming no
// article of the corpus opens the plain list.
import { expect, test, type Page } from '@playwright/test'
import { readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { ArticleSummary } from '../src/shared/model'
import { answerProfile } from './support/article'
import { startWorkbench, type HostKind, type Running } from './support/workbench'

const sampleDir = resolve(__dirname, '../resources/sample-corpus')

/** Navigates the tab to the app's own address with `fragment` (the token stays in the tab's session). */
async function openAddress(page: Page, fragment: string): Promise<void> {
  await page.evaluate((hash) => history.replaceState(null, '', `${location.pathname}#${hash}`), fragment)
  await page.reload()
}

const drawn = (page: Page, id: number) => page.locator(`[data-article-ready="${id}"]`)
const currentRow = (page: Page) => page.getByRole('navigation', { name: 'Corpus' }).locator('[aria-current="true"]')
const hashOf = (page: Page) => page.evaluate(() => location.hash)

/** The article of the corpus list whose row is current. */
async function currentArticle(page: Page, articles: readonly ArticleSummary[]): Promise<ArticleSummary> {
  await expect(currentRow(page)).toHaveCount(1)
  const text = (await currentRow(page).textContent()) ?? ''
  const found = articles.find((article) => text.includes(article.title))
  if (!found) throw new Error(`no article of the corpus is the current row "${text}"`)
  return found
}

test('opens the article its address names, reopens it at a reload and a restart, and falls back to the list', async ({
  browser
}, info) => {
  const kind = info.project.metadata.host as HostKind
  let wb: Running = await startWorkbench(kind, browser)
  await answerProfile(wb.page, 'Ada Analyst')
  const samples = readdirSync(sampleDir).map((name) => join(sampleDir, name))
  await wb.page.getByLabel('Article files to import').setInputFiles(samples)
  await expect(wb.page.getByText(`Import: ${samples.length} imported`)).toBeVisible()
  const articles = await wb.call('listArticles', {})
  const named = articles[2]

  // The address names an article: it is drawn, and its row is the current one, without a click.
  await openAddress(wb.page, `article=${named.id}`)
  await expect(drawn(wb.page, named.id)).toBeAttached()
  await expect(wb.page.getByRole('main', { name: 'Article' })).toContainText(named.title)
  expect((await currentArticle(wb.page, articles)).id).toBe(named.id)

  // n opens the next article as before; the address follows it, and a reload reopens it.
  await wb.page.keyboard.press('n')
  await expect(currentRow(wb.page)).not.toContainText(named.title)
  const next = await currentArticle(wb.page, articles)
  await expect(drawn(wb.page, next.id)).toBeAttached()
  expect(await hashOf(wb.page)).toBe(`#article=${next.id}`)
  await wb.page.reload()
  await expect(drawn(wb.page, next.id)).toBeAttached()
  expect((await currentArticle(wb.page, articles)).id).toBe(next.id)
  await wb.page.keyboard.press('p')
  await expect(drawn(wb.page, named.id)).toBeAttached()

  // Word snapping turned off (w) is kept with the corpus, so a new start on another port keeps it.
  await wb.page.keyboard.press('w')
  await expect(wb.page.getByText('Selections are tagged as selected')).toBeVisible()

  // A new start, at the plain address, reopens the article the analyst had open last.
  await wb.stop()
  wb = await startWorkbench(kind, browser, wb.dataDir)
  await expect(drawn(wb.page, named.id)).toBeAttached()
  expect(await wb.call('getSession', {})).toMatchObject({ lastArticleId: named.id, snapToWords: false })

  // An address naming no article of the corpus opens the plain list, quietly, and leaves the address.
  await openAddress(wb.page, 'article=9999')
  await expect(wb.page.getByText('Open an article from the list on the left.')).toBeVisible()
  await expect(wb.page.getByRole('navigation', { name: 'Corpus' }).getByRole('button')).toHaveCount(articles.length)
  await expect(wb.page.getByRole('alert')).toHaveCount(0)
  await expect.poll(() => hashOf(wb.page)).toBe('')
  await wb.stop()
})
