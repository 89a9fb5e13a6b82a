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

/** A data directory with two articles of our own and an analyst profile. */
async function workspace() {
  const dir = mkdtempSync(join(tmpdir(), 'wb-bulk-'))
  const data = join(dir, 'data')
  writeFileSync(
    join(dir, 'a.txt'),
    'Harbour news\n\n“We sail at dawn,” said Captain Rui Sousa. Sousa has 40 sailors 🚢.\n'
  )
  writeFileSync(join(dir, 'b.txt'), 'Dock report\n\nSousa left the benchmarking office on March 3.\n')
  await run('import', join(dir, 'a.txt'), join(dir, 'b.txt'), '--data', data)
  await run('profile', '--name', 'Ada', '--data', data)
  return { dir, data }
}

describe('workbench tag and suggest', () => {
  it('tag --dry-run prints the count and the matches in context and writes nothing', async () => {
    const { data } = await workspace()
    const dry = await run('tag', '--phrase', 'Sousa', '--tag', 'quote', '--dry-run', '--data', data)
    expect(dry.code).toBe(0)
    expect(dry.out).toMatch(/quote: 3 matches in 2 articles, 0 already tagged/)
    expect(dry.out).toMatch(/#2 13-18\t…Dock report \[Sousa\] left the benchmark/)
    expect((await run('list', '--data', data)).out).not.toMatch(/quote \d/)
  })

  it('tag applies every match in the chosen article as one step and says so', async () => {
    const { data } = await workspace()
    const done = await run('tag', '--phrase', 'sousa', '--tag', 'quote', '--articles', '1', '--data', data)
    expect(done.out).toMatch(/tagged 2 spans as one step: "Tag all matches of "sousa" as quote"/)
    expect((await run('list', '--data', data)).out).toMatch(/#1\t.*\(quote 2\)/)
  })

  it('tag --rules saves the rules file and runs it; a bad regex is named and nothing is saved', async () => {
    const { dir, data } = await workspace()
    const rules = join(dir, 'rules.json')
    writeFileSync(rules, JSON.stringify({ rules: [{ tag: 'figure', regexes: ['\\d+ sailors'] }] }))
    const done = await run('tag', '--rules', rules, '--data', data)
    expect(done.out).toMatch(/1 saved rule for figure[\s\S]*figure: 1 match in 1 article[\s\S]*tagged 1 spans/)
    writeFileSync(rules, JSON.stringify({ rules: [{ tag: 'figure', regexes: ['(\\d+'] }] }))
    const bad = await run('tag', '--rules', rules, '--data', data)
    expect(bad.code).not.toBe(0)
    expect(bad.err).toMatch(/Rule 1 of rules.json \/\(\\d\+\/ is not a valid regular expression/)
  })

  it('tag --saved runs the corpus’s saved rules on the chosen articles, previewing with --dry-run', async () => {
    const { dir, data } = await workspace()
    const rules = join(dir, 'rules.json')
    writeFileSync(rules, JSON.stringify({ rules: [{ tag: 'claim', phrases: ['Sousa'] }] }))
    await run('tag', '--rules', rules, '--dry-run', '--data', data)
    const dry = await run('tag', '--saved', '--articles', '2', '--dry-run', '--data', data)
    expect(dry.out).toMatch(/claim: 1 match in 1 article/)
    expect(dry.out).not.toMatch(/tagged \d+ spans/)
    const done = await run('tag', '--saved', '--data', data)
    expect(done.out).toMatch(/claim: 3 matches in 2 articles[\s\S]*tagged 3 spans/)
  })

  it('suggest lists pending suggestions with their rule, and --accept-all takes the chosen kinds', async () => {
    const { data } = await workspace()
    const listed = await run('suggest', '1', '--kinds', 'quote,figure', '--data', data)
    expect(listed.out).toMatch(
      /quote\t\d+-\d+\t“We sail at dawn”\tspeaker=Rui Sousa\t\(quote\/marks \+ speaker\/said-after, 0.9\)/
    )
    expect(listed.out).toMatch(/figure\t\d+-\d+\t“40 sailors”\tvalue=40 unit=sailors/)
    const accepted = await run('suggest', '--accept-all', '--kinds', 'figure', '--data', data)
    expect(accepted.out).toMatch(/accepted 2 suggestions as one step/)
    expect((await run('suggest', '--kinds', 'figure', '--data', data)).out).toMatch(
      /0 pending suggestions in 2 articles/
    )
  })
})
