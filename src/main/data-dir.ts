import { homedir } from 'node:os'
import { join, resolve } from 'node:path'

/** The application's folder name, as Electron would derive its userData folder from it. */
export const APP_DIR_NAME = 'news-annotation-workbench'

/**
 * Where Electron keeps userData for this app on this platform. The CLI and browser mode use the same
 * folder, and Electron is pointed at it explicitly, so all three always open the same corpus.
 */
export function defaultDataDir(platform = process.platform, env = process.env, home = homedir()): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_DIR_NAME)
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_DIR_NAME)
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), APP_DIR_NAME)
}

/** The data directory chosen by `--data DIR` (or `--data=DIR`), else WORKBENCH_DATA, else the default. */
export function resolveDataDir(argv: readonly string[], env = process.env): string {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--data' && argv[i + 1]) return resolve(argv[i + 1])
    if (argv[i].startsWith('--data=')) return resolve(argv[i].slice('--data='.length))
  }
  if (env.WORKBENCH_DATA) return resolve(env.WORKBENCH_DATA)
  return defaultDataDir(process.platform, env)
}
