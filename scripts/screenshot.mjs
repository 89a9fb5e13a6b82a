#!/usr/bin/env node
// Regenerates docs/screenshot.png: browser mode on a scratch corpus of our own sample articles, a few
// overlapping annotations made through the contract, one span focused. Needs a build and Chromium.
import { chromium } from '@playwright/test'
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const data = mkdtempSync(join(tmpdir(), 'wb-shot-'))
const cli = (...args) =>
  spawnSync(process.execPath, [join(root, 'bin/workbench.mjs'), ...args, '--data', data], { stdio: 'ignore' })
cli('profile', '--name', 'Ada Analyst')
cli('import', join(root, 'resources/sample-corpus'))

const server = spawn(process.execPath, [join(root, 'bin/workbench.mjs'), 'serve', '--data', data], {
  stdio: ['ignore', 'pipe', 'inherit']
})
const url = await new Promise((resolve) => {
  let out = ''
  server.stdout.on('data', (chunk) => {
    out += chunk
    const match = /(http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(out)
    if (match) resolve(match[1])
  })
})
const { origin, hash } = new URL(url)
const call = async (name, input) => {
  const response = await fetch(`${origin}/api/call/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${hash.slice('#token='.length)}` },
    body: JSON.stringify(input)
  })
  const result = await response.json()
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

const [ferry] = await call('listArticles', { filter: 'ferry' })
const { text } = await call('getArticle', { id: ferry.id })
const tag = (tagName, phrase, attributes) => {
  const start = text.indexOf(phrase)
  return call('createAnnotation', { articleId: ferry.id, tag: tagName, start, end: start + phrase.length, attributes })
}
await tag('figure', '7 to 4')
await tag('figure', '$3.2 million', { value: 3.2e6, unit: 'USD' })
await tag('claim', 'approving a subsidy of $3.2 million after a session that lasted nearly four hours')
await tag('figure', 'nearly four hours', { value: 4, unit: 'hours', approximate: true, qualifier: 'nearly' })
await tag(
  'quote',
  '“We heard from more than 200 residents tonight, and almost all of them said the same thing: don’t cut us off,”',
  { speaker: 'Councillor Ines Moreau' }
)
await tag('figure', 'more than 200 residents', {
  value: 200,
  unit: 'people',
  approximate: true,
  qualifier: 'more than'
})
await tag('quote', '“an average of 1,150 passengers a day, down from about 1,900 before the pandemic,”')
await tag('figure', '1,150 passengers a day')
await tag('claim', 'celebrated outside the chamber 🎉')

await call('setArticleStatus', { id: ferry.id, status: 'in_progress' })

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync'
  ]
})
const page = await browser.newPage({
  viewport: { width: 1360, height: 760 },
  deviceScaleFactor: Number(process.env.SHOT_SCALE ?? 1)
})
await page.goto(url)
await page.getByRole('button', { name: /Harbour council backs ferry subsidy/ }).click()
await page.getByRole('button', { name: /^Figure: more than 200 residents/ }).click()
await page.keyboard.press('e')
await page.waitForTimeout(1200) // let the jump's flash fade
await page.screenshot({ path: join(root, 'docs/screenshot.png') })
if (process.env.SHOT_CLIP) {
  const [x, y, width, height] = process.env.SHOT_CLIP.split(',').map(Number)
  await page.screenshot({ path: '/tmp/clip.png', clip: { x, y, width, height } })
}
await browser.close()
server.kill()
console.log('wrote docs/screenshot.png')
