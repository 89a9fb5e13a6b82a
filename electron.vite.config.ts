import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          // The Electron entry, the CLI (plain Node: browser mode, import, export…) and the benchmark.
          index: resolve(__dirname, 'src/main/index.ts'),
          cli: resolve(__dirname, 'src/main/cli/index.ts'),
          bench: resolve(__dirname, 'bench/index.ts'),
          // One step of the exchange bench, in a child process so that its peak memory is its own.
          'bench-exchange-step': resolve(__dirname, 'bench/exchange-step.ts'),
          // Imports batches of article files on worker threads (see src/main/services/import/importer.ts).
          'import-worker': resolve(__dirname, 'src/main/services/import/import-worker.ts')
        }
      }
    }
  },
  preload: {
    build: {
      // A sandboxed preload cannot require packages: bundle zod and the contract into it.
      externalizeDeps: false,
      rollupOptions: { input: { index: resolve(__dirname, 'src/preload/index.ts') }, output: { format: 'cjs' } }
    }
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    // Minified: the window parses and compiles the renderer at every start (the editor bench counts it).
    build: { minify: true, rollupOptions: { input: resolve(__dirname, 'src/renderer/index.html') } },
    plugins: [react()]
  }
})
