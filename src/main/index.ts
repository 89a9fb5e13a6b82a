// The Electron shell, kept thin: a secure window, the menu, and the contract registered over IPC.
// Everything else lives in services that know nothing of Electron.
import { app, BrowserWindow, Menu, session, type MenuItemConstructorOptions } from 'electron'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { RENDERER_CSP } from '../shared/csp'
import { MENU_CHANNEL, menuAccelerator, type MenuCommand } from '../shared/menu'
import { resolveDataDir } from './data-dir'
import { openDatabase } from './db/connection'
import { createHandlers } from './handlers'
import { ReaderThread } from './services/bundles/reader-thread'
import { registerIpc } from './ipc'
import { workerImporter } from './services/import/importer'

const dataDir = resolveDataDir(process.argv)
app.setPath('userData', dataDir)

/**
 * better-sqlite3 built for Electron's ABI by scripts/setup.mjs (the Node build cannot load here), found
 * from this file (out/main/) rather than the app path, which depends on how Electron was started.
 */
function electronNativeBinding(): string | undefined {
  const path = join(__dirname, '..', '..', '.native', 'electron', 'better_sqlite3.node')
  return existsSync(path) ? path : undefined
}

const rendererIndex = join(__dirname, '../renderer/index.html')
const devServer = process.env.ELECTRON_RENDERER_URL

function isOurPage(url: string): boolean {
  if (devServer) return url.startsWith(devServer)
  return url === pathToFileURL(rendererIndex).href || url.startsWith(`${pathToFileURL(rendererIndex).href}#`)
}

function sendMenu(window: BrowserWindow, command: MenuCommand): void {
  window.webContents.send(MENU_CHANNEL, command)
}

function buildMenu(window: BrowserWindow): Menu {
  const item = (label: string, command: MenuCommand): MenuItemConstructorOptions => ({
    label,
    accelerator: menuAccelerator(command),
    registerAccelerator: false,
    click: () => sendMenu(window, command)
  })
  return Menu.buildFromTemplate([
    {
      label: 'File',
      submenu: [
        item('Import Articles…', 'import-articles'),
        item('Import Bundle…', 'import-bundle'),
        item('Export Bundle…', 'export-bundle'),
        { type: 'separator' },
        item('Settings…', 'settings'),
        { type: 'separator' },
        { role: 'quit' }
      ]
    },
    {
      label: 'Edit',
      submenu: [
        // Undo and redo are the corpus's own (saved steps), not the text-field undo of the roles.
        item('Undo', 'undo'),
        item('Redo', 'redo'),
        { type: 'separator' },
        { role: 'copy' },
        { role: 'selectAll' }
      ]
    },
    { role: 'viewMenu' },
    { label: 'Help', submenu: [item('Key Bindings', 'cheat-sheet')] }
  ])
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    title: 'News Annotation Workbench',
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false
    }
  })
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
  window.webContents.on('will-navigate', (event, url) => {
    if (!isOurPage(url)) event.preventDefault()
  })
  Menu.setApplicationMenu(buildMenu(window))
  if (devServer) void window.loadURL(devServer)
  else void window.loadFile(rendererIndex)
  return window
}

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault())
})

void app.whenReady().then(() => {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [RENDERER_CSP] } })
  })
  // Refuse every request to the network: the workbench is offline by design.
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    const local =
      details.url.startsWith('file:') ||
      details.url.startsWith('devtools:') ||
      details.url.startsWith('data:') ||
      details.url.startsWith('blob:')
    callback({ cancel: !local && !(devServer && details.url.startsWith(devServer)) })
  })
  // Tests of the Electron build save downloads (exported bundles) without the save dialog.
  const downloadDir = process.env.WORKBENCH_DOWNLOAD_DIR
  if (downloadDir)
    session.defaultSession.on('will-download', (_event, item) =>
      item.setSavePath(join(downloadDir, item.getFilename()))
    )
  const nativeBinding = electronNativeBinding()
  const db = openDatabase(dataDir, { nativeBinding })
  // Imports run on worker threads with their own connections, so the window never waits on them.
  const importer = workerImporter(join(__dirname, 'import-worker.js'), db, { dataDir, nativeBinding })
  // Reads bundles' annotations beside an import's writing; started now so that no import waits for it.
  const bundleReader = new ReaderThread(join(__dirname, 'annotation-reader-worker.js'))
  void bundleReader.warm()
  registerIpc(
    createHandlers({ db, dataDir, importer, bundleReader }),
    (frame) => frame !== null && frame.parent === null && isOurPage(frame.url)
  )
  createWindow()
  app.on('window-all-closed', () => {
    db.close()
    app.quit()
  })
})
