// Browser mode: the main-process services behind a loopback HTTP host, and the built renderer served
// to a real browser. Only 127.0.0.1 is bound; every call needs the per-launch secret token; the Host
// header must name this host (no DNS rebinding); and calls must be JSON POSTs (no form-based CSRF).
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Handlers } from '../../shared/contract'
import { dispatch } from '../handlers'
import { serveStatic } from './static-files'

/** Calls carry whole files (imports, bundles) as base64: allow large bodies, but not unbounded ones. */
const MAX_BODY_BYTES = 512 * 1024 * 1024

export interface HttpHost {
  url: string
  port: number
  token: string
  close(): Promise<void>
}

export interface HostOptions {
  handlers: Handlers
  /** The built renderer (out/renderer). */
  rendererDir: string
  port?: number
  token?: string
}

function sameSecret(given: string, token: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

function send(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' })
  res.end(body)
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY_BYTES) return null
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

async function handleCall(req: IncomingMessage, res: ServerResponse, name: string, options: Required<HostOptions>) {
  const auth = req.headers.authorization ?? ''
  if (!auth.startsWith('Bearer ') || !sameSecret(auth.slice(7), options.token)) {
    return send(res, 401, 'missing or wrong token')
  }
  if (req.method !== 'POST' || !(req.headers['content-type'] ?? '').startsWith('application/json')) {
    return send(res, 405, 'calls are JSON POSTs')
  }
  const body = await readBody(req)
  if (body === null) return send(res, 413, 'request too large')
  let input: unknown
  try {
    input = body === '' ? {} : JSON.parse(body)
  } catch {
    return send(res, 400, 'the request body is not JSON')
  }
  const result = await dispatch(options.handlers, name, input)
  send(res, 200, JSON.stringify(result), 'application/json')
}

/** Starts the host on 127.0.0.1 (port 0 picks a free one) and resolves once it listens. */
export async function startHttpHost(options: HostOptions): Promise<HttpHost> {
  const token = options.token ?? randomBytes(24).toString('base64url')
  const full: Required<HostOptions> = { port: 0, ...options, token }
  let allowedHosts: string[] = []
  const server: Server = createServer((req, res) => {
    if (!allowedHosts.includes(req.headers.host ?? '')) return send(res, 403, 'wrong Host header')
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const call = /^\/api\/call\/([A-Za-z]+)$/.exec(url.pathname)
    const work = call ? handleCall(req, res, call[1], full) : serveStatic(req, res, full.rendererDir, url.pathname)
    work.catch((error: unknown) => {
      console.error('[workbench] host error:', error)
      if (!res.headersSent) send(res, 500, 'internal error')
    })
  })
  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject)
    server.listen(full.port, '127.0.0.1', () => resolvePromise())
  })
  const port = (server.address() as AddressInfo).port
  allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`]
  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/#token=${token}`,
    close: () => new Promise((done) => server.close(() => done()))
  }
}
