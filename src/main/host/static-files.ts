import { readFileSync, statSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'
import { RENDERER_CSP } from '../../shared/csp'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2'
}

/** Serves a file of the built renderer; `/` is index.html. Paths cannot leave `root`. */
export async function serveStatic(req: IncomingMessage, res: ServerResponse, root: string, pathname: string) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405).end()
    return
  }
  const relative = normalize(decodeURIComponent(pathname === '/' ? '/index.html' : pathname))
  const file = join(root, relative)
  if (!file.startsWith(root + sep) || relative.includes('\0')) {
    res.writeHead(404).end()
    return
  }
  const stat = statSync(file, { throwIfNoEntry: false })
  if (!stat?.isFile()) {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found')
    return
  }
  res.writeHead(200, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Length': stat.size,
    'Content-Security-Policy': RENDERER_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache'
  })
  // The built files are small (the largest is a few hundred kB): one write, not a stream of 64 kB
  // chunks each waiting for its own turn of the event loop.
  if (req.method === 'HEAD') res.end()
  else res.end(readFileSync(file))
}
