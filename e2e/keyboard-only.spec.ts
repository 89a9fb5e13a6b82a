// Issue 3's acceptance, keyboard only (no mouse event anywhere): open a seed article, select a quote
// with the caret, tag it, set its speaker, select a figure inside it, tag it, retag it, undo three
// times, redo twice, and check the stored annotations through the contract.
import { expect, test, type Page } from '@playwright/test'
import { existsSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { highlighted } from './support/article'
import { startWorkbench, type HostKind } from './support/workbench'

const seedDir = resolve(__dirname, '../../shared/corpus/seed-articles')
const haveSeeds = existsSync(seedDir)
if (!haveSeeds) console.warn(`skipping the keyboard-only e2e: ${seedDir} not found`)

const selection = (page: Page) => page.evaluate(() => window.getSelection()?.toString() ?? '')

/** Opens articles with n until the one whose title matches is current. */
async function openByKeys(page: Page, title: RegExp): Promise<void> {
  const current = page.getByRole('navigation', { name: 'Corpus' }).locator('[aria-current="true"]')
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('n')
    await expect(current).toHaveCount(1)
    if (title.test((await current.textContent()) ?? '')) return
  }
  throw new Error(`no article titled ${title} reached with n`)
}

/** In caret mode, moves down line by line until a line starts with `start`, and puts the caret there. */
async function caretToLineStarting(page: Page, start: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Home')
    await page.keyboard.press('Shift+End')
    if ((await selection(page)).startsWith(start)) {
      await page.keyboard.press('Home')
      return
    }
    await page.keyboard.press('ArrowDown')
  }
  throw new Error(`no line starts with ${start}`)
}

test.describe('keyboard-only annotation', () => {
  test.skip(!haveSeeds, 'the seed articles (../shared/corpus/seed-articles) are not on this machine')

  test('caret selection, tagging, attributes, retag, undo and redo without the mouse', async ({ browser }, info) => {
    const wb = await startWorkbench(info.project.metadata.host as HostKind, browser)
    const { page } = wb
    await page.getByLabel('Your name').fill('Kim Keys')
    await page.keyboard.press('Enter')
    await expect(page.getByText('Analyst: Kim Keys')).toBeVisible()
    await page.getByLabel('Article files to import').setInputFiles(readdirSync(seedDir).map((n) => join(seedDir, n)))
    await expect(page.getByText('Import: 5 imported')).toBeVisible()

    await openByKeys(page, /Serious.*50-minute/)
    const article = await wb.call('listArticles', {}).then((all) => all.find((a) => /50-minute/.test(a.title))!)

    // Caret mode: find the line, select the quote word by word, then its comma and closing mark.
    await page.keyboard.press('c')
    await expect(page.getByText('Caret mode (Esc leaves)')).toBeVisible()
    await caretToLineStarting(page, '“Biden paved two paths,”')
    for (let i = 0; i < 4; i++) await page.keyboard.press('Control+Shift+ArrowRight')
    await page.keyboard.press('Shift+ArrowRight')
    await page.keyboard.press('Shift+ArrowRight')
    expect(await selection(page)).toBe('“Biden paved two paths,”')
    await page.keyboard.press('2')
    await expect(page.getByRole('button', { name: 'Quote: “Biden paved two paths,”' })).toBeVisible()

    // Its speaker, in the attributes panel.
    await page.keyboard.press('e')
    await expect(page.getByRole('region', { name: 'Attributes of Quote' })).toBeVisible()
    await page.keyboard.type('a senior administration official')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('region', { name: 'Attributes of Quote' })).toBeHidden()
    await expect(
      page.getByRole('button', { name: /Quote: “Biden paved.*— a senior administration official/ })
    ).toBeVisible()

    // The figure inside the quote: back two words, then select two words.
    await page.keyboard.press('Control+ArrowLeft')
    await page.keyboard.press('Control+ArrowLeft')
    await page.keyboard.press('Control+Shift+ArrowRight')
    await page.keyboard.press('Control+Shift+ArrowRight')
    expect(await selection(page)).toBe('two paths')
    await page.keyboard.press('3')
    await expect(page.getByRole('button', { name: 'Figure: two paths' })).toBeVisible()
    expect(await highlighted(page, 'quote')).toEqual(['“Biden paved two paths,”'])
    expect(await highlighted(page, 'figure')).toEqual(['two paths'])

    // A tag key on the focused annotation retags it.
    await page.keyboard.press('1')
    await expect(page.getByRole('button', { name: 'Claim: two paths' })).toBeVisible()

    // Undo three times: the retag, the figure, the speaker. Redo twice: the speaker, the figure.
    for (let i = 0; i < 3; i++) await page.keyboard.press('Control+z')
    await expect(page.getByText('Undo edit quote attributes')).toBeVisible()
    await expect(page.getByRole('button', { name: /^(Figure|Claim): two paths/ })).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Quote: “Biden paved two paths,”' })).toBeVisible()
    await page.keyboard.press('Control+Shift+Z')
    await page.keyboard.press('Control+y')
    await expect(page.getByText('Redo tag figure')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Figure: two paths' })).toBeVisible()

    const stored = await wb.call('listAnnotations', { articleId: article.id })
    expect(stored.map((a) => [a.tag, a.quote.exact, a.attributes])).toEqual([
      ['quote', '“Biden paved two paths,”', { speaker: 'a senior administration official' }],
      ['figure', 'two paths', {}]
    ])
    expect(stored.every((a) => a.creator.name === 'Kim Keys')).toBe(true)
    const session = await wb.call('getSession', {})
    expect(session.history).toEqual({ undo: 'Tag figure', redo: 'Retag figure as claim' })
    await wb.stop()
  })
})
