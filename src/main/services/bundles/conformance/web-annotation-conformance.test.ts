// Every annotation the workbench exports, checked against JSON Schemas we wrote from the W3C Web
// Annotation Data Model after the assertions of the W3C's web-annotation-tests, with Ajv.
import Ajv from 'ajv'
import { describe, expect, it } from 'vitest'
import { exportBundle } from '../export-bundle'
import { readBundleJson, sampleCorpus } from '../test-corpus'
import schema from './web-annotation.schema.json'

// strictRequired off: "not both body and bodyValue" (3.2.5) names properties in a `not`, as the model says it.
const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false })
ajv.addSchema(schema)
const validate = (definition: string, value: unknown) => {
  const check = ajv.getSchema(`urn:news-workbench:schema:web-annotation#/definitions/${definition}`)
  if (!check) throw new Error(`no schema ${definition}`)
  return { ok: check(value) as boolean, errors: ajv.errorsText(check.errors) }
}

function exportedCollection() {
  const { db, analyst } = sampleCorpus()
  const bytes = exportBundle(db, analyst, undefined, new Date('2026-11-23T10:36:00.000Z')).bytes
  const collection = readBundleJson(bytes, 'annotations.jsonld') as { '@context': unknown; first: { items: object[] } }
  // The items inherit the collection's context, as JSON-LD reads them; standing alone they carry it.
  return {
    collection,
    annotations: collection.first.items.map((item) => ({ '@context': collection['@context'], ...item }))
  }
}

describe('W3C Web Annotation conformance of exported bundles', () => {
  it('exports a collection that meets the AnnotationCollection and AnnotationPage assertions', () => {
    const { collection } = exportedCollection()
    expect(validate('collection', collection)).toEqual({ ok: true, errors: 'No errors' })
  })

  it('exports every annotation meeting the model’s assertions', () => {
    const { annotations } = exportedCollection()
    expect(annotations).toHaveLength(4)
    for (const annotation of annotations)
      expect(validate('annotation', annotation)).toEqual({ ok: true, errors: 'No errors' })
  })

  it.each([
    ['no target', (a: Record<string, unknown>) => delete a.target],
    [
      'a negative TextPositionSelector start',
      (a: Record<string, unknown>) => ((a.target as { selector: { start?: number }[] }).selector[1].start = -1)
    ],
    ['a motivation the model does not define', (a: Record<string, unknown>) => (a.motivation = 'labelling')],
    ['a created time without a time zone', (a: Record<string, unknown>) => (a.created = '2026-11-21T10:01:00')],
    ['another @context', (a: Record<string, unknown>) => (a['@context'] = 'http://schema.org/')]
  ])('would catch an annotation with %s', (_, damage) => {
    const [annotation] = exportedCollection().annotations as Record<string, unknown>[]
    damage(annotation)
    expect(validate('annotation', annotation).ok).toBe(false)
  })
})
