import { describe, expect, it } from 'vitest'
import { UserError } from '../../../shared/errors'
import { parseRulesFile } from './rules-file'

describe('rules files', () => {
  it('turn each tag’s phrases and regexes into rules, with the defaults filled in', () => {
    const text = JSON.stringify({
      rules: [
        { tag: 'person', phrases: ['Putin', 'Biden'], caseSensitive: true },
        { tag: 'figure', regexes: ['\\d+ troops'], wholeWord: false }
      ]
    })
    expect(parseRulesFile('rules.json', text)).toEqual([
      { tag: 'person', kind: 'phrase', pattern: 'Putin', caseSensitive: true, wholeWord: true },
      { tag: 'person', kind: 'phrase', pattern: 'Biden', caseSensitive: true, wholeWord: true },
      { tag: 'figure', kind: 'regex', pattern: '\\d+ troops', caseSensitive: false, wholeWord: false }
    ])
  })

  it('name the file and the problem when the JSON is broken', () => {
    expect(() => parseRulesFile('rules.json', '{"rules": [')).toThrow(/^rules.json: not valid JSON/)
  })

  it('name the file and the entry when a field is wrong or unknown', () => {
    expect(() => parseRulesFile('r.json', JSON.stringify({ rules: [{ tag: 'x', phrase: ['a'] }] }))).toThrow(UserError)
    expect(() => parseRulesFile('r.json', JSON.stringify({ rules: [{ tag: 'x', phrases: 'a' }] }))).toThrow(
      /^r.json: rules.0.phrases: /
    )
    expect(() => parseRulesFile('r.json', JSON.stringify({ rules: [] }))).toThrow(/^r.json: rules: /)
  })
})
