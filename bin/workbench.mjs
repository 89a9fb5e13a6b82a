#!/usr/bin/env node
// `workbench` command: runs the built CLI (out/main/cli.js), building it first on a fresh clone.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const cli = join(root, 'out', 'main', 'cli.js')

if (!existsSync(cli)) {
  process.stderr.write('workbench: first run, building (about a minute)…\n')
  for (const [cmd, args] of [
    [process.execPath, [join(root, 'scripts', 'setup.mjs')]],
    [process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build']]
  ]) {
    const result = spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 2, 2] })
    if (result.status !== 0) process.exit(result.status ?? 1)
  }
}

const require = createRequire(import.meta.url)
const { main } = require(cli)
process.exitCode = await main(process.argv.slice(2))
