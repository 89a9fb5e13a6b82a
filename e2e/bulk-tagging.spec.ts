// Bulk tagging as an analyst does it, on the seed articles: select "Putin", tag every match in the
// corpus as a user tag after seeing the preview's count, undo it in one step; then review the
// suggester's proposals from the keyboard alone: accept two, reject one, and check what is stored.
import { expect, test } from '@playwright/test'
import { existsSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { answerProfile, selectWithMouse } from './support/article'
import { startWorkbench, type HostKind } from './support/workbench'

const seedDir = resolve(__dirname, '../../shared/corpus/seed-articles')
const haveSeeds = existsSync(seedDir)
if (!haveSeeds) console.warn(`skipping the bulk-tagging e2e: ${seedDir} not found`)

test.describe('bulk tagging and suggestions', () => {
  test.skip(!haveSeeds, 'the seed articles (../shared/corpus/seed-articles) are not on this machine')

  test('tag all matches of a selection, undo in one step, and review suggestions by keyboard', async ({
    browser
  }, info) => {
    const wb = await startWorkbench(info.project.metadata.host as HostKind, browser)
    const { page } = wb
    await answerProfile(page, 'Ada Analyst')
    await page.getByLabel('Article files to import').setInputFiles(readdirSync(seedDir).map((n) => join(seedDir, n)))
    await expect(page.getByText('Import: 5 imported, 0 already present, 0 failed')).toBeVisible()
    await wb.call('createTag', { name: 'person', label: 'Person', color: '#7c3aed', key: '' })
    await page.reload()

    // Tag all matches of the selection in the corpus.
    await page.getByRole('button', { name: /Serious, Substantive/ }).click()
    await selectWithMouse(page, 'Putin')
    await page.keyboard.press('a')
    const dialog = page.getByRole('dialog', { name: 'Tag all matches' })
    await expect(dialog.getByLabel('Phrase')).toHaveValue('Putin')
    await dialog.getByLabel('Tag').selectOption('person')
    const expected = await wb.call('previewTagAll', { tag: 'person', phrase: 'Putin', scope: 'corpus' })
    expect(expected.count).toBeGreaterThan(20)
    await expect(dialog.getByRole('status', { name: 'Preview' })).toContainText(
      `${expected.count} matches in 5 articles (0 already tagged)`
    )
    await dialog.getByLabel('Phrase').press('Enter')
    await expect(dialog).toBeHidden()
    const personCount = async () =>
      (await wb.call('listArticles', {})).reduce((sum, a) => sum + (a.counts.person ?? 0), 0)
    expect(await personCount()).toBe(expected.count)
    // One Ctrl+Z takes the whole tagging back.
    await page.keyboard.press('Control+z')
    await expect(page.getByText(/^Undo tag all matches/)).toBeVisible()
    await expect.poll(personCount).toBe(0)
    expect((await wb.call('getSession', {})).history.redo).toMatch(/^Tag all matches/)

    // Review suggestions with the keyboard only.
    const articles = await wb.call('listArticles', {})
    const articleId = articles.find((a) => a.title.includes('talked for nearly an hour'))!.id
    const pending = await wb.call('listSuggestions', { articleId, kinds: ['quote', 'figure'] })
    expect(pending.length).toBeGreaterThanOrEqual(3)
    const text = (await wb.call('getArticle', { id: articleId })).text
    await page.getByRole('button', { name: /Biden and Putin talked for nearly an hour/ }).focus()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('main', { name: 'Article' })).toContainText('3:35 p.m. EST')
    await page.keyboard.press('s')
    const review = page.getByRole('complementary', { name: 'Suggestions' })
    const rows = review.getByRole('button', { name: /^Suggested / })
    await expect(rows.first()).toBeFocused()
    const left = review.getByLabel('pending suggestions')
    await expect(left).toHaveText(`(${pending.length})`)
    await page.keyboard.press('Enter')
    await expect(left).toHaveText(`(${pending.length - 1})`)
    await expect(rows.first()).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(left).toHaveText(`(${pending.length - 2})`)
    await page.keyboard.press('x')
    await expect(left).toHaveText(`(${pending.length - 3})`)

    const stored = await wb.call('listAnnotations', { articleId })
    expect(stored.map((a) => [a.tag, a.quote.exact])).toEqual(
      pending.slice(0, 2).map((s) => [s.kind, text.slice(s.start, s.end)])
    )
    for (const [i, annotation] of stored.entries()) {
      expect(annotation.attributes).toEqual(pending[i].attributes)
      expect(annotation.provenance).toMatchObject({ rule: pending[i].rule, acceptedBy: { name: 'Ada Analyst' } })
    }
    const still = await wb.call('listSuggestions', { articleId, kinds: ['quote', 'figure'] })
    expect(still.some((s) => s.start === pending[2].start && s.end === pending[2].end)).toBe(false)
    expect(still).toHaveLength(pending.length - 3)
    await page.screenshot({ path: info.outputPath('suggestion-review.png') })

    // A saved rule: an invalid regex is refused with a message, a valid one previews, Enter applies.
    await page.keyboard.press('r')
    const rulesDialog = page.getByRole('dialog', { name: 'Saved rules' })
    const newRule = rulesDialog.getByRole('form', { name: 'New rule' })
    await newRule.getByLabel('Tag').selectOption('figure')
    await newRule.getByLabel('Kind').selectOption('regex')
    await newRule.getByLabel('Pattern').fill('(\\d+ troops')
    await newRule.getByRole('button', { name: 'Save rule' }).click()
    await expect(newRule.getByRole('alert')).toContainText('is not a valid regular expression')
    await newRule.getByLabel('Pattern').fill('\\d[\\d,]* troops')
    await newRule.getByRole('button', { name: 'Save rule' }).click()
    await expect(rulesDialog.getByRole('list', { name: 'Rules' })).toContainText('figure: /\\d[\\d,]* troops/')
    await rulesDialog.getByRole('button', { name: 'Preview' }).click()
    await expect(rulesDialog.getByRole('status', { name: 'Rules preview' })).toHaveText(
      'figure: 1 match in 1 article (0 already tagged)'
    )
    await page.keyboard.press('Enter')
    await expect(rulesDialog).toBeHidden()
    const ruled = (await wb.call('listAnnotations', { articleId })).filter((a) => a.quote.exact === '100,000 troops')
    expect(ruled.map((a) => a.provenance?.rule)).toEqual(['regex:/\\d[\\d,]* troops/'])
    await wb.stop()
  })
})
