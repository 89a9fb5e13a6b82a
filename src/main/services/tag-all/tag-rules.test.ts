import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../db/connection'
import { listAnnotations } from '../annotations'
import { insertArticle } from '../corpus'
import { undoStep } from '../editing'
import { setProfile } from '../profile'
import { createTag } from '../tags'
import { plainDraft } from '../test-drafts'
import { applyRules, deleteRule, listRules, previewRules, saveRules } from './tag-rules'

function corpus(text: string) {
  const db = openDatabase(':memory:')
  const analyst = setProfile(db, 'Ada')
  createTag(db, { name: 'person', label: 'Person', color: '#aa00aa', key: '4' })
  const id = insertArticle(db, plainDraft(text), 'a.txt', '2026-01-01T00:00:00.000Z')
  return { db, analyst, id }
}

const TEXT = 'Ines Alcott said 1,200 troops and 40 troops left; Alcott stayed.'

describe('saved tagging rules', () => {
  it('are stored in the corpus once each, per tag', () => {
    const { db } = corpus(TEXT)
    saveRules(db, [
      { tag: 'person', kind: 'phrase', pattern: 'Alcott' },
      { tag: 'figure', kind: 'regex', pattern: String.raw`\d[\d,]* troops` }
    ])
    saveRules(db, [{ tag: 'person', kind: 'phrase', pattern: ' Alcott ' }])
    expect(listRules(db).map((r) => [r.tag, r.kind, r.pattern, r.wholeWord, r.caseSensitive])).toEqual([
      ['person', 'phrase', 'Alcott', true, false],
      ['figure', 'regex', String.raw`\d[\d,]* troops`, true, false]
    ])
    expect(listRules(db, 'figure')).toHaveLength(1)
  })

  it('refuse a set with an invalid regex, naming the rule and the file, and save none of it', () => {
    const { db } = corpus(TEXT)
    expect(() =>
      saveRules(
        db,
        [
          { tag: 'person', kind: 'phrase', pattern: 'Alcott' },
          { tag: 'figure', kind: 'regex', pattern: '(\\d+ troops' }
        ],
        'rules.json'
      )
    ).toThrow(/^Rule 2 of rules.json \/\(\\d\+ troops\/ is not a valid regular expression/)
    expect(() => saveRules(db, [{ tag: 'nope', kind: 'phrase', pattern: 'x' }], 'rules.json')).toThrow(
      'Rule 1 of rules.json: There is no tag "nope".'
    )
    expect(listRules(db)).toEqual([])
  })

  it('preview per tag, then apply every tag’s matches as one undo step', () => {
    const { db, analyst, id } = corpus(TEXT)
    saveRules(db, [
      { tag: 'person', kind: 'phrase', pattern: 'Alcott' },
      { tag: 'figure', kind: 'regex', pattern: String.raw`\d[\d,]* troops` }
    ])
    const previews = previewRules(db, { scope: 'corpus' })
    expect(previews.map((p) => [p.tag, p.count])).toEqual([
      ['person', 2],
      ['figure', 2]
    ])
    expect(listAnnotations(db, id)).toEqual([])
    const result = applyRules(db, analyst, { scope: 'corpus' })!
    expect(result.changes).toHaveLength(4)
    expect(listAnnotations(db, id).map((a) => [a.tag, a.quote.exact, a.provenance?.rule])).toEqual([
      ['person', 'Alcott', 'phrase:"Alcott"'],
      ['figure', '1,200 troops', String.raw`regex:/\d[\d,]* troops/`],
      ['figure', '40 troops', String.raw`regex:/\d[\d,]* troops/`],
      ['person', 'Alcott', 'phrase:"Alcott"']
    ])
    undoStep(db, analyst)
    expect(listAnnotations(db, id)).toEqual([])
  })

  it('run only the chosen rules, and can be deleted', () => {
    const { db } = corpus(TEXT)
    const [person] = saveRules(db, [{ tag: 'person', kind: 'phrase', pattern: 'Alcott' }])
    saveRules(db, [{ tag: 'figure', kind: 'regex', pattern: String.raw`\d+ troops` }])
    expect(previewRules(db, { ruleIds: [person.id], scope: 'corpus' }).map((p) => p.tag)).toEqual(['person'])
    deleteRule(db, person.id)
    expect(listRules(db).map((r) => r.tag)).toEqual(['figure'])
    expect(() => deleteRule(db, person.id)).toThrow(/no saved rule/)
  })
})
