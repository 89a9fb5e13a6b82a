import { defineConfig } from '@playwright/test'
import { electronBinary } from './e2e/support/electron'

// The same specs run against browser mode (Debian's Chromium, driving the loopback host) and, where
// an Electron binary exists, against the Electron app.
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Chromium (156 here) loads a WebUI omnibox popup (its own renderer, 50+ scripts) for every new window,
  // headless too: CPU taken from the page under test at the moment it opens.
  '--disable-features=WebUIOmniboxPopup'
]

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    acceptDownloads: true,
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs }
  },
  projects: [
    { name: 'browser', metadata: { host: 'browser' } },
    ...(electronBinary() ? [{ name: 'electron', metadata: { host: 'electron' } }] : [])
  ]
})
