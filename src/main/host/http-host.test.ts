import { mkdtempSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../db/connection'
import { createHandlers } from '../handlers'
import { startHttpHost, type HttpHost } from './http-host'

let host: HttpHost
const rendererDir = mkdtempSync(join(tmpdir(), 'wb-renderer-'))

beforeAll(async () => {
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>wb</title>')
  host = await startHttpHost({
    handlers: createHandlers({ db: openDatabase(':memory:'), dataDir: ':memory:' }),
    rendererDir
  })
})
afterAll(() => host.close())

/** A raw request, so tests can send the headers a browser would not. */
function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: host.port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = ''
        res.on('data', (chunk) => (body += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }))
      }
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

const call = (name: string, body: unknown, headers: Record<string, string> = {}) =>
  send(`/api/call/${name}`, {
    method: 'POST',
    headers: {
      Host: `127.0.0.1:${host.port}`,
      'Content-Type': 'application/json',
      Authorization: `Bearer ${host.token}`,
      ...headers
    },
    body: JSON.stringify(body)
  })

describe('the browser-mode host', () => {
  it('listens on 127.0.0.1 and prints a URL that carries the token in its fragment', () => {
    expect(host.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${host.port}/#token=.{20,}$`))
  })

  it('answers a contract call made with the token', async () => {
    const response = await call('getSession', {})
    expect(response.status).toBe(200)
    expect(JSON.parse(response.body)).toMatchObject({ ok: true, value: { analyst: null } })
  })

  it('refuses a call without the token or with a wrong one', async () => {
    expect((await call('getSession', {}, { Authorization: '' })).status).toBe(401)
    expect((await call('getSession', {}, { Authorization: 'Bearer guess' })).status).toBe(401)
  })

  it('refuses a request whose Host header names another host (DNS rebinding)', async () => {
    expect((await call('getSession', {}, { Host: 'evil.example:80' })).status).toBe(403)
    expect((await send('/', { headers: { Host: 'evil.example' } })).status).toBe(403)
  })

  it('refuses calls that are not JSON POSTs, as a cross-site form would send', async () => {
    const form = await call('getSession', {}, { 'Content-Type': 'application/x-www-form-urlencoded' })
    expect(form.status).toBe(405)
  })

  it('serves the renderer with the content security policy and never a file outside it', async () => {
    const page = await send('/', { headers: { Host: `localhost:${host.port}` } })
    expect(page.status).toBe(200)
    expect(String(page.headers['content-security-policy'])).toContain("default-src 'none'")
    const escape = await send('/..%2f..%2fetc%2fpasswd', { headers: { Host: `127.0.0.1:${host.port}` } })
    expect(escape.status).toBe(404)
  })

  it('returns validation errors as values with a message', async () => {
    const response = await call('getArticle', { id: -1 })
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { userError: true } })
  })
})
