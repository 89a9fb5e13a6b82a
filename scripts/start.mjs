#!/usr/bin/env node
// `npm start`: launches the Electron app; where the Electron binary is missing (an offline install),
// says so in one line and starts browser mode instead, printing its URL.
import { spawn } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { electronBinary } from './electron-binary.cjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)

const electron = electronBinary(root)
const [command, commandArgs] = electron
  ? [electron, [join(root, 'out', 'main', 'index.js'), ...args]]
  : [process.execPath, [join(root, 'bin', 'workbench.mjs'), 'serve', ...args]]
if (!electron) console.log('No Electron binary here (offline install): starting browser mode instead.')
const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit' })
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)))
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
