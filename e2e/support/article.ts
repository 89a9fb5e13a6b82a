// What a spec does in the article view as a user would: drag the mouse over a phrase, read what the
// highlights cover.
import { expect, type Page } from '@playwright/test'

/** Drags the mouse across the first occurrence of `phrase` in the article text. */
export async function selectWithMouse(page: Page, phrase: string): Promise<void> {
  // The article loads after the click that opens it: wait until its text holds the phrase.
  await expect(page.locator('.article-editable')).toContainText(phrase)
  const box = await page.evaluate((target) => {
    const root = document.querySelector('.article-editable')
    if (!root) return null
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(target)
      if (at === -1) continue
      node.parentElement?.scrollIntoView({ block: 'center' })
      const firstLength = String.fromCodePoint(target.codePointAt(0) as number).length
      const lastChar = Array.from(target).pop() as string
      const range = document.createRange()
      range.setStart(node, at)
      range.setEnd(node, at + firstLength)
      const first = range.getBoundingClientRect()
      range.setStart(node, at + target.length - lastChar.length)
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

/** The text under each range of a tag's highlights (every drawing lane), in reading order. */
export const highlighted = (page: Page, tag: string): Promise<string[]> =>
  page.evaluate((name) => {
    const ranges = [...CSS.highlights.entries()]
      .filter(([key]) => key.startsWith(`wb-tag-${name}-`))
      .flatMap(([, highlight]) => [...highlight] as Range[])
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))
    return ranges.map((range) => range.toString())
  }, tag)

export async function answerProfile(page: Page, name: string): Promise<void> {
  await page.getByLabel('Your name').fill(name)
  await page.getByRole('button', { name: 'Start annotating' }).click()
  await expect(page.getByText(`Analyst: ${name}`)).toBeVisible()
}
