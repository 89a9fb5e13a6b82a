import { describe, expect, it } from 'vitest'
import { webAnnotationSchema, type AnnotationCollectionJson, type WebAnnotationJson } from './bundle-schema'
import { exportBundle } from './export-bundle'
import { quickReadAnnotation } from './quick-annotation-check'
import { readBundleJson, sampleCorpus } from './test-corpus'
import { readWebAnnotation } from './web-annotation'

/** The annotations of the sample corpus as its bundle holds them: notes, attributes of every kind, astral characters. */
function exportedItems(): WebAnnotationJson[] {
  const { db, analyst } = sampleCorpus()
  const bytes = exportBundle(db, analyst, undefined, new Date('2026-11-23T10:36:00.000Z')).bytes
  return (readBundleJson(bytes, 'annotations.jsonld') as AnnotationCollectionJson).first.items as WebAnnotationJson[]
}

/** What the schema and readWebAnnotation make of an item: the reading every import agrees with. */
function schemaRead(item: unknown) {
  const parsed = webAnnotationSchema.safeParse(item)
  return parsed.success ? readWebAnnotation(parsed.data) : { problem: parsed.error.message }
}

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T
type Item = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

describe('quickReadAnnotation', () => {
  it('reads every annotation the workbench writes as the schema does', () => {
    const items = exportedItems()
    const withLineage = { ...copy(items[1]), 'wb:replaces': ['2026-11-21T10:00:00.000Z', '2026-11-21T11:00:00+02:00'] }
    const withoutContext = copy(items[2]) as Item
    delete withoutContext.target.selector[0].prefix
    delete withoutContext.target.selector[0].suffix
    for (const item of [...items, withLineage, withoutContext]) {
      const expected = schemaRead(item)
      expect('value' in expected).toBe(true)
      expect(quickReadAnnotation(item)).toEqual((expected as { value: unknown }).value)
    }
  })

  it('leaves every broken item to the schema, which refuses it', () => {
    const base = exportedItems()[0] as Item
    const breaks: ((item: Item) => void)[] = [
      (item) => (item.id = item.id.toUpperCase()),
      (item) => (item.type = 'Note'),
      (item) => (item.motivation = 'commenting'),
      (item) => (item.created = '2026-02-30T10:00:00.000Z'),
      (item) => (item.modified = '2026-11-21 10:00'),
      (item) => (item.creator.type = 'Organization'),
      (item) => (item.creator.name = 7),
      (item) => (item.body = []),
      (item) => item.body.push({ ...item.body[0] }),
      (item) => item.body.push({ ...item.body[1] }),
      (item) => (item.body[1].format = 'text/html'),
      (item) => (item.body[0].value = null),
      (item) => (item.target.source = item.target.source.toUpperCase()),
      (item) => item.target.selector.pop(),
      (item) => item.target.selector.push({ type: 'CssSelector', value: 'p' }),
      (item) => (item.target.selector[1].start = item.target.selector[1].end),
      (item) => (item.target.selector[1].start = -1),
      (item) => (item.target.selector[1].end = 10.5),
      (item) => (item.target.selector[0].exact = ''),
      (item) => (item.target.selector[0].prefix = null),
      (item) => (item['wb:attributes'] = ['officials']),
      (item) => (item['wb:attributes'] = { speaker: { name: 'officials' } }),
      (item) => (item['wb:attributes'] = null),
      (item) => (item['wb:replaces'] = ['yesterday']),
      (item) => (item['wb:provenance'] = { rule: '' })
    ]
    for (const [index, edit] of breaks.entries()) {
      const item = copy(base)
      edit(item)
      expect({ index, quick: quickReadAnnotation(item) }).toEqual({ index, quick: null })
      expect({ index, refused: 'problem' in schemaRead(item) }).toEqual({ index, refused: true })
    }
  })

  it('leaves the other shapes the schema allows to the schema: a lone body or selector, provenance', () => {
    const base = exportedItems()[1] as Item
    const loneBody = { ...copy(base), body: base.body[0] }
    const provenance = {
      ...copy(base),
      'wb:provenance': {
        rule: 'officials said',
        acceptedBy: { id: '0193a1a2-7c4e-7d35-9b8a-2f0e5c6d7e8f', name: 'Ana' },
        acceptedAt: '2026-11-21T10:05:00.000Z'
      }
    }
    for (const item of [loneBody, provenance]) {
      expect(quickReadAnnotation(item)).toBeNull()
      expect('value' in schemaRead(item)).toBe(true)
    }
  })
})
