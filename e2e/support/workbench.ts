// Starts the workbench for a spec, in browser mode (the CLI's `serve`, driven in Chromium) or in
// Electron, on a data directory the spec chooses, and offers what a spec needs of it as a user would.
import { _electron, expect, type Browser, type ElectronApplication, type Page } from '@playwright/test'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { CallName, CallInput, CallOutput } from '../../src/shared/contract'
import type { CallResult } from '../../src/shared/errors'

export type HostKind = 'browser' | 'electron'

export interface Running {
  page: Page
  dataDir: string
  /** Calls the contract directly (as the renderer would), to check what is stored. */
  call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>>
  /** Exports a bundle through the UI and returns the bundle file's path. */
  exportBundle(): Promise<string>
  stop(): Promise<void>
}

export const newDataDir = (): string => mkdtempSync(join(tmpdir(), 'wb-e2e-'))

function startServer(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['bin/workbench.mjs', 'serve', '--data', dataDir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe']
  })
  return new Promise((resolve, reject) => {
    let output = ''
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /(http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(output)
      if (match) resolve({ child, url: match[1] })
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('exit', (code) => reject(new Error(`workbench serve exited (${code}): ${output}`)))
  })
}

async function startBrowserMode(browser: Browser, dataDir: string): Promise<Running> {
  const { child, url } = await startServer(dataDir)
  const origin = new URL(url).origin
  const token = new URL(url).hash.replace('#token=', '')
  const context = await browser.newContext({ acceptDownloads: true })
  const page = await context.newPage()
  await page.goto(url)
  return {
    page,
    dataDir,
    async call(name, input) {
      const response = await fetch(`${origin}/api/call/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(input)
      })
      const result = (await response.json()) as CallResult<never>
      if (!result.ok) throw new Error(result.error.message)
      return result.value
    },
    async exportBundle() {
      const download = page.waitForEvent('download')
      await page.getByRole('button', { name: 'Export bundle' }).click()
      const file = join(dataDir, (await download).suggestedFilename())
      await (await download).saveAs(file)
      return file
    },
    async stop() {
      await context.close()
      child.kill('SIGTERM')
      await new Promise((done) => child.once('exit', done))
    }
  }
}

async function startElectron(dataDir: string): Promise<Running> {
  const downloads = mkdtempSync(join(tmpdir(), 'wb-e2e-downloads-'))
  const app: ElectronApplication = await _electron.launch({
    args: ['out/main/index.js', '--data', dataDir],
    env: { ...process.env, WORKBENCH_DOWNLOAD_DIR: downloads }
  })
  const page = await app.firstWindow()
  return {
    page,
    dataDir,
    call(name, input) {
      return page.evaluate(
        ([n, i]) => (window.workbench as never as Record<string, (x: unknown) => Promise<never>>)[n](i),
        [name, input] as const
      )
    },
    async exportBundle() {
      await page.getByRole('button', { name: 'Export bundle' }).click()
      await page.getByText(/^Exported /).waitFor()
      // Electron's will-download writes the file after the page asked; wait until it is complete.
      let file: string | undefined
      await expect
        .poll(() => (file = readdirSync(downloads).find((name) => name.endsWith('.wbundle'))), { timeout: 10_000 })
        .toBeTruthy()
      return join(downloads, file as string)
    },
    stop: () => app.close()
  }
}

export function startWorkbench(kind: HostKind, browser: Browser, dataDir = newDataDir()): Promise<Running> {
  return kind === 'electron' ? startElectron(dataDir) : startBrowserMode(browser, dataDir)
}
