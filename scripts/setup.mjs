#!/usr/bin/env node
// Builds what `npm install` leaves unbuilt (see .npmrc: install scripts are off so that electron's
// binary download cannot fail an offline install). Idempotent and quick when everything is in place:
//  1. better-sqlite3 for Node, from source with node-gyp (its prebuilt download is unreachable offline);
//  2. the Electron binary, tried once; where it cannot be had, browser mode is used instead;
//  3. where an Electron binary exists, an Electron-ABI build of better-sqlite3 in .native/electron/,
//     loaded by the main process through better-sqlite3's `nativeBinding` option.
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { electronBinary } from './electron-binary.cjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(join(root, 'package.json'))
const sqliteDir = dirname(require.resolve('better-sqlite3/package.json'))
const nodeBinding = join(sqliteDir, 'build', 'Release', 'better_sqlite3.node')
const electronDir = dirname(require.resolve('electron/package.json'))
const electronMarker = join(root, 'node_modules', '.workbench-electron-unavailable')
const nodeGyp = join(
  dirname(process.execPath),
  '..',
  'lib',
  'node_modules',
  'npm',
  'node_modules',
  'node-gyp',
  'bin',
  'node-gyp.js'
)

function log(line) {
  console.log(`[setup] ${line}`)
}

function nodeGypCommand({ forElectron = false } = {}) {
  const args = existsSync(nodeGyp) ? [nodeGyp] : []
  if (forElectron) return existsSync(nodeGyp) ? [process.execPath, args] : ['npx', ['--yes', 'node-gyp']]
  // Offline, node-gyp cannot download Node's headers: use the ones installed beside node, as the
  // machine's npm config (nodedir) does when this runs under npm.
  const localHeaders = join(dirname(process.execPath), '..')
  if (!process.env.npm_config_nodedir && existsSync(join(localHeaders, 'include', 'node', 'node.h'))) {
    args.push(`--nodedir=${localHeaders}`)
  }
  return existsSync(nodeGyp) ? [process.execPath, args] : ['npx', ['--yes', 'node-gyp', ...args]]
}

function loadsInNode() {
  const probe = spawnSync(process.execPath, ['-e', `new (require(${JSON.stringify(sqliteDir)}))(':memory:').close()`], {
    encoding: 'utf8'
  })
  return probe.status === 0
}

function buildSqliteForNode() {
  if (existsSync(nodeBinding) && loadsInNode()) return
  log('building better-sqlite3 from source for Node (about 2 minutes, once)…')
  const [cmd, args] = nodeGypCommand()
  execFileSync(cmd, [...args, 'rebuild', '--release'], { cwd: sqliteDir, stdio: 'inherit' })
  if (!loadsInNode()) throw new Error('better-sqlite3 was built but does not load in Node')
  log('better-sqlite3 ready')
}

function tryElectronBinary() {
  const installed = electronBinary(root)
  if (installed) return installed
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD || existsSync(electronMarker)) return null
  // Quietly: where it fails, scripts/start.mjs says in one line that browser mode starts instead.
  const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], { encoding: 'utf8', timeout: 120_000 })
  const downloaded = result.status === 0 ? electronBinary(root) : null
  if (downloaded) return downloaded
  writeFileSync(electronMarker, `${new Date().toISOString()} download failed\n`)
  return null
}

function buildSqliteForElectron() {
  const electronVersion = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version
  const outDir = join(root, '.native', 'electron')
  const stamp = join(outDir, 'version.txt')
  if (existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === electronVersion) return
  log(`building better-sqlite3 for Electron ${electronVersion}…`)
  const work = join(root, '.native', 'build-electron')
  rmSync(work, { recursive: true, force: true })
  cpSync(sqliteDir, work, { recursive: true, filter: (src) => !src.includes(`${sqliteDir}/build`) })
  const [cmd, args] = nodeGypCommand({ forElectron: true })
  const env = { ...process.env }
  delete env.npm_config_nodedir // Node's headers are the wrong ones for Electron's ABI
  execFileSync(
    cmd,
    [
      ...args,
      'rebuild',
      '--release',
      `--target=${electronVersion}`,
      '--runtime=electron',
      '--dist-url=https://electronjs.org/headers'
    ],
    { cwd: work, stdio: 'inherit', env }
  )
  mkdirSync(outDir, { recursive: true })
  cpSync(join(work, 'build', 'Release', 'better_sqlite3.node'), join(outDir, 'better_sqlite3.node'))
  writeFileSync(stamp, electronVersion)
  rmSync(work, { recursive: true, force: true })
}

buildSqliteForNode()
if (tryElectronBinary()) {
  try {
    buildSqliteForElectron()
  } catch (error) {
    log(`could not build better-sqlite3 for Electron (${error.message}); Electron will not start, browser mode will`)
  }
}
