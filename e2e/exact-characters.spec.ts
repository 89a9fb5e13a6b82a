// Our own sample corpus (resources/sample-corpus), so this runs on any machine: a bad file is named in
// the import report; spans next to and around emoji are stored exactly as selected; the sidebar works
// from the keyboard; and the exported bundle counts offsets in code points.
import { expect, test } from '@playwright/test'
import { unzipSync, strFromU8 } from 'fflate'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { answerProfile, highlighted, selectWithMouse } from './support/article'
import { startWorkbench, type HostKind } from './support/workbench'

const sampleDir = resolve(__dirname, '../resources/sample-corpus')
const FERRY = 'Harbour council backs ferry subsidy after late-night vote'

test('tags exact characters around emoji, works the sidebar by keyboard, and exports code-point offsets', async ({
  browser
}, info) => {
  const wb = await startWorkbench(info.project.metadata.host as HostKind, browser)
  const { page } = wb
  await answerProfile(page, 'Chloé Analyst')

  const broken = join(wb.dataDir, 'broken.txt')
  writeFileSync(broken, Buffer.from([0x4e, 0x65, 0x77, 0x73, 0x00, 0x01, 0x02]))
  const samples = readdirSync(sampleDir).map((name) => join(sampleDir, name))
  await page.getByLabel('Article files to import').setInputFiles([...samples, broken])
  await expect(page.getByText(`Import: ${samples.length} imported, 0 already present, 1 failed`)).toBeVisible()
  await expect(page.getByText('broken.txt: looks like a binary file (NUL byte at offset 4)')).toBeVisible()

  await page.getByRole('button', { name: new RegExp(FERRY) }).click()
  await selectWithMouse(page, 'waving hand-lettered signs')
  await page.keyboard.press('2')
  await selectWithMouse(page, 'celebrated outside the chamber 🎉')
  await page.getByRole('button', { name: 'Claim', exact: true }).click()
  await expect(page.getByRole('button', { name: 'Claim: celebrated outside the chamber 🎉' })).toBeVisible()
  expect(await highlighted(page, 'quote')).toEqual(['waving hand-lettered signs'])
  expect(await highlighted(page, 'claim')).toEqual(['celebrated outside the chamber 🎉'])

  const article = (await wb.call('listArticles', { filter: 'ferry' }))[0]
  const { text } = await wb.call('getArticle', { id: article.id })
  const stored = await wb.call('listAnnotations', { articleId: article.id })
  for (const annotation of stored) {
    expect(text.slice(annotation.start, annotation.end)).toBe(annotation.quote.exact)
    expect(text.indexOf(annotation.quote.exact)).toBe(annotation.start)
  }

  // Keyboard only: reach the sidebar row, Enter jumps to the span, Delete removes it.
  const row = page.getByRole('button', { name: 'Quote: waving hand-lettered signs' })
  await row.focus()
  await page.keyboard.press('Enter')
  await expect(row).toHaveAttribute('aria-current', 'true')
  await page.keyboard.press('Delete')
  await expect(row).toHaveCount(0)
  expect(await highlighted(page, 'quote')).toEqual([])
  await page.screenshot({ path: info.outputPath('emoji-claim.png') })

  const bundle = unzipSync(readFileSync(await wb.exportBundle()))
  const collection = JSON.parse(strFromU8(bundle['annotations.jsonld']))
  const [exported] = collection.first.items
  const selectors = exported.target.selector as { type: string; start?: number; end?: number; exact?: string }[]
  const position = selectors.find((s) => s.type === 'TextPositionSelector')
  const claim = stored.find((a) => a.tag === 'claim')!
  // The emoji is the only astral character before the claim's end: one unit fewer in code points.
  expect(position).toEqual({
    type: 'TextPositionSelector',
    start: [...text.slice(0, claim.start)].length,
    end: claim.end - 1
  })
  expect(selectors.find((s) => s.type === 'TextQuoteSelector')?.exact).toBe('celebrated outside the chamber 🎉')
  await wb.stop()
})

test('highlights exactly the selected characters in combining accents, right-to-left and astral text', async ({
  browser
}, info) => {
  const wb = await startWorkbench(info.project.metadata.host as HostKind, browser)
  const { page } = wb
  await answerProfile(page, 'Zoë Analyst')
  await page.getByLabel('Article files to import').setInputFiles(join(sampleDir, 'market-square-sign.txt'))
  await page.getByRole('button', { name: /Market square sign goes up/ }).click()

  // Decomposed accents (e + U+0301): the span ends after the accent, never between it and its letter.
  const cafe = 'Cafe\u0301 Ame\u0301lie'
  await selectWithMouse(page, cafe)
  await page.keyboard.press('1')
  await expect(page.getByRole('button', { name: `Claim: ${cafe}` })).toBeVisible()
  expect(await highlighted(page, 'claim')).toEqual([cafe])

  // Right-to-left words inside an English line, selected with the caret word by word (logical order).
  const arabic = 'أهلاً وسهلاً بكم في السوق'
  await page.keyboard.press('c')
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Home')
    await page.keyboard.press('Shift+End')
    if ((await page.evaluate(() => window.getSelection()?.toString() ?? '')).startsWith('Council member')) break
    await page.keyboard.press('ArrowDown')
  }
  await page.keyboard.press('Home')
  for (let i = 0; i < 8; i++) await page.keyboard.press('Control+ArrowRight')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  for (let i = 0; i < 5; i++) await page.keyboard.press('Control+Shift+ArrowRight')
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(arabic)
  await page.keyboard.press('2')
  await expect(page.getByRole('button', { name: `Quote: ${arabic}` })).toBeVisible()
  expect(await highlighted(page, 'quote')).toEqual([arabic])
  await page.keyboard.press('Escape')

  // Mathematical letters outside the Basic Multilingual Plane: two UTF-16 units each.
  const crest = '𝔈𝔞𝔰𝔱𝔟𝔞𝔫𝔨'
  await selectWithMouse(page, crest)
  await page.keyboard.press('3')
  await expect(page.getByRole('button', { name: `Figure: ${crest}` })).toBeVisible()
  expect(await highlighted(page, 'figure')).toEqual([crest])
  await page.screenshot({ path: info.outputPath('scripts.png') })

  const [article] = await wb.call('listArticles', { filter: 'Market square' })
  const { text } = await wb.call('getArticle', { id: article.id })
  const stored = await wb.call('listAnnotations', { articleId: article.id })
  expect(stored.map((a) => a.quote.exact).sort()).toEqual([cafe, arabic, crest].sort())
  for (const a of stored) expect(text.slice(a.start, a.end)).toBe(a.quote.exact)
  await wb.stop()
})
