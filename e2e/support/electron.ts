import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { createRequire } from 'node:module'

/** The Electron binary, where `npm install` could download it; null offline. */
export function electronBinary(): string | null {
  try {
    const require = createRequire(join(process.cwd(), 'package.json'))
    const dir = dirname(require.resolve('electron/package.json'))
    const binary = join(dir, 'dist', readFileSync(join(dir, 'path.txt'), 'utf8'))
    return existsSync(binary) ? binary : null
  } catch {
    return null
  }
}
