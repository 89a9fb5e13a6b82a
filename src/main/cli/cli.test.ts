import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from './index'

async function run(...argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await main(argv, { out: (line) => out.push(line), err: (line) => err.push(line) })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

function workspace() {
  const dir = mkdtempSync(join(tmpdir(), 'wb-cli-'))
  const data = join(dir, 'data')
  const article = join(dir, 'report.txt')
  writeFileSync(
    article,
    'Skip to main content\n\nTalks resume in Geneva\n\nOfficials said about 100,000 troops 😀 remain.\n'
  )
  return { dir, data, article }
}

describe('the workbench CLI', () => {
  it('imports a file, lists it, and says so when the same file is imported again', async () => {
    const { data, article } = workspace()
    const first = await run('import', article, '--data', data)
    expect(first.code).toBe(0)
    expect(first.out).toMatch(/1 imported, 0 already present, 0 failed/)
    const again = await run('import', article, '--data', data)
    expect(again.out).toMatch(/0 imported, 1 already present/)
    const list = await run('list', '--data', data)
    expect(list.out).toMatch(/#1\t.*Talks resume in Geneva/)
  })

  it('shows an article without its page furniture', async () => {
    const { data, article } = workspace()
    await run('import', article, '--data', data)
    const shown = await run('show', '1', '--data', data)
    expect(shown.out).toContain('Officials said about 100,000 troops 😀 remain.')
    expect(shown.out).not.toContain('Skip to main content')
    const sha = /sha256: ([0-9a-f]{64})/.exec(shown.out)?.[1] as string
    const bySha = await run('show', sha.slice(0, 8), '--data', data)
    expect(bySha.out).toContain('Talks resume in Geneva')
    expect((await run('show', 'not-an-article', '--data', data)).err).toMatch(/No article "not-an-article"/)
  })

  it('exports a bundle and imports it into another data directory', async () => {
    const { dir, data, article } = workspace()
    await run('import', article, '--data', data)
    expect((await run('export', '--out', join(dir, 'b.wbundle'), '--data', data)).err).toMatch(/analyst/)
    await run('profile', '--name', 'Ada', '--data', data)
    const exported = await run('export', '--out', join(dir, 'b.wbundle'), '--data', data)
    expect(exported.code).toBe(0)
    const imported = await run('import-bundle', join(dir, 'b.wbundle'), '--data', join(dir, 'other'))
    expect(imported.code).toBe(0)
    expect(imported.out).toMatch(/articles 1 added/)
  })

  it('reports a bad file on stderr with its name and exits non-zero, importing the rest', async () => {
    const { dir, data, article } = workspace()
    const bad = join(dir, 'bad.txt')
    writeFileSync(bad, Buffer.from([0x66, 0x6f, 0xff, 0xfe, 0x6f]))
    const result = await run('import', bad, article, '--data', data)
    expect(result.code).toBe(1)
    expect(result.err).toMatch(/bad\.txt: .*UTF-8/)
    expect(result.out).toMatch(/1 imported, 0 already present, 1 failed/)
  })

  it('fails clearly on an unknown command, a missing article and a missing bundle', async () => {
    const { dir, data } = workspace()
    expect((await run('frobnicate')).code).toBe(2)
    const missing = await run('show', '7', '--data', data)
    expect(missing.code).toBe(1)
    expect(missing.err).toMatch(/no article 7/)
    const noBundle = await run('import-bundle', join(dir, 'nope.wbundle'), '--data', data)
    expect(noBundle.err).toMatch(/nope\.wbundle: cannot be read \(ENOENT\)/)
  })
})
