// Where the Electron binary is, if `npm install` (or scripts/setup.mjs) could download it: one answer
// for setup, `npm start` and the e2e config. CommonJS so that both the .mjs scripts and the
// TypeScript that Playwright loads can use it.
const { existsSync, readFileSync } = require('node:fs')
const { dirname, join } = require('node:path')

/** The electron package's folder as resolved from `root`, or null when it is not installed. */
function electronPackageDir(root) {
  try {
    return dirname(require.resolve('electron/package.json', { paths: [root] }))
  } catch {
    return null
  }
}

/** The path of the Electron executable under `root`'s node_modules, or null when it is missing. */
function electronBinary(root) {
  const dir = electronPackageDir(root)
  if (!dir) return null
  try {
    const binary = join(dir, 'dist', readFileSync(join(dir, 'path.txt'), 'utf8'))
    return existsSync(binary) ? binary : null
  } catch {
    return null
  }
}

module.exports = { electronBinary, electronPackageDir }
