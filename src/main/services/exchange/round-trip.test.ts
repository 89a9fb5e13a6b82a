import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import type { Db } from '../../db/connection'
import type { Annotation } from '../../../shared/model'
import { listAnnotations } from '../annotations'
import { listArticles } from '../corpus'
import { dumpCorpus, emptyCorpus, KYIV_TEXT, sampleCorpus } from '../bundles/test-corpus'
import { exportAnnotations } from './export-annotations'
import { importAnnotations } from './import-annotations'

const NOW = new Date('2026-11-23T10:36:00.000Z')

/** Every annotation of a corpus by id, with its article's text instead of the local article id. */
function annotationsOf(db: Db) {
  return listArticles(db)
    .flatMap((article) => listAnnotations(db, article.id))
    .map(({ articleId: _articleId, ...a }) => a)
    .sort((a, b) => a.id.localeCompare(b.id))
}

/** What survives a trip through a format: attributes with no value (null) are not written. */
const withoutNulls = (annotations: Omit<Annotation, 'articleId'>[]) =>
  annotations.map((a) => ({
    ...a,
    attributes: Object.fromEntries(Object.entries(a.attributes).filter(([, v]) => v !== null))
  }))

describe('brat standoff', () => {
  it('round-trips spans, tags, attributes, notes, ids and creators through export and import, emoji included', () => {
    const a = sampleCorpus()
    const exported = exportAnnotations(a.db, 'brat', undefined, 'annotations', NOW)
    const b = emptyCorpus()
    const report = importAnnotations(b.db, b.analyst, 'brat', [{ name: exported.fileName, bytes: exported.bytes }])
    expect(report).toMatchObject({ articlesAdded: 2, annotationsAdded: 4, tagsAdded: ['source'] })
    expect(annotationsOf(b.db)).toEqual(withoutNulls(annotationsOf(a.db)))
  })

  it('writes T lines with code-point offsets, A lines per attribute and notes, and an annotation.conf', () => {
    const a = sampleCorpus()
    const files = unzipSync(exportAnnotations(a.db, 'brat', undefined, 'annotations', NOW).bytes)
    const ann = strFromU8(files[Object.keys(files).find((name) => name.endsWith('.ann')) as string])
    // 😀 before the quote counts one character in brat, two UTF-16 units in JavaScript.
    const start = Array.from(KYIV_TEXT.slice(0, KYIV_TEXT.indexOf('“the 𝔘nion'))).length
    const length = Array.from('“the 𝔘nion will hold its line”').length
    expect(ann).toContain(`T1\tquote ${start} ${start + length}\t“the 𝔘nion will hold its line”`)
    expect(ann).toMatch(/^A\d+\tconfidence T1 0\.8$/m)
    expect(ann).toMatch(/^A\d+\tspeaker T1 officials$/m)
    expect(ann).toMatch(/^#\d+\tAnnotatorNotes T1\tUnnamed officials — check the wire copy\.$/m)
    expect(ann).not.toMatch(/\d+ \d+;\d+/)
    expect(strFromU8(files['annotation.conf'])).toMatch(/\[entities\]\nclaim\nquote\nfigure\nsource\n/)
  })

  it('imports brat files written by brat itself, with the importing analyst as creator', () => {
    const text = 'Kyiv 😀 said 🚀 launchers were counted.'
    const ann = 'T1\tfigure 14 23\tlaunchers\nA1\tunit T1 count\n#1\tAnnotatorNotes T1\tseen twice\\nin the text\n'
    const b = emptyCorpus()
    const files = zipSync({ 'doc.txt': strToU8(text), 'doc.ann': strToU8(ann), 'annotation.conf': strToU8('') })
    importAnnotations(b.db, b.analyst, 'brat', [{ name: 'team.zip', bytes: files }])
    const [annotation] = annotationsOf(b.db)
    expect(text.slice(annotation.start, annotation.end)).toBe('launchers')
    expect(annotation).toMatchObject({
      tag: 'figure',
      attributes: { unit: 'count' },
      note: 'seen twice\nin the text',
      creator: b.analyst
    })
  })

  it.each([
    ['a discontinuous span', 'T1\tclaim 0 4;5 9\tKyiv said', 'doc.ann line 1: is a discontinuous span'],
    ['a relation', 'T1\tclaim 0 4\tKyiv\nR1\tCause Arg1:T1 Arg2:T1', 'doc.ann line 2: is a brat R line'],
    [
      'an offset past the end',
      'T1\tclaim 0 400\tKyiv',
      'team.zip: doc.ann line 1: the span 0–400 is not inside the text'
    ],
    ['text that differs from the span', 'T1\tclaim 0 4\tKiev', 'does not match the article at 0–4'],
    ['a __proto__ attribute', 'T1\tclaim 0 4\tKyiv\nA1\t__proto__ T1 x', '"__proto__" cannot be an attribute name']
  ])('refuses %s, naming the file and line, and changes nothing', (_, ann, message) => {
    const b = emptyCorpus()
    const before = dumpCorpus(b.db)
    const files = zipSync({ 'doc.txt': strToU8('Kyiv said 😀 nothing.'), 'doc.ann': strToU8(ann) })
    expect(() => importAnnotations(b.db, b.analyst, 'brat', [{ name: 'team.zip', bytes: files }])).toThrow(message)
    expect(dumpCorpus(b.db)).toEqual(before)
  })
})

describe('Label Studio JSON', () => {
  it.each(['annotations', 'predictions'] as const)('round-trips spans and attributes as %s, emoji included', (mode) => {
    const a = sampleCorpus()
    const exported = exportAnnotations(a.db, 'labelstudio', undefined, mode, NOW)
    const tasks = JSON.parse(strFromU8(exported.bytes)) as { [key: string]: unknown }[]
    expect(tasks[0]).toHaveProperty(mode)
    const b = emptyCorpus()
    importAnnotations(b.db, b.analyst, 'labelstudio', [{ name: exported.fileName, bytes: exported.bytes }])
    expect(annotationsOf(b.db)).toEqual(withoutNulls(annotationsOf(a.db)))
  })

  it('writes value.start and value.end in code points, labels, and attributes as number, choices and textarea', () => {
    const a = sampleCorpus()
    const [task] = JSON.parse(
      strFromU8(exportAnnotations(a.db, 'labelstudio', undefined, 'annotations', NOW).bytes)
    ) as {
      annotations: { result: { type: string; from_name: string; value: Record<string, unknown> }[] }[]
    }[]
    const results = task.annotations[0].result
    const start = Array.from(KYIV_TEXT.slice(0, KYIV_TEXT.indexOf('“the 𝔘nion'))).length
    expect(results[0]).toMatchObject({ type: 'labels', value: { start, labels: ['quote'] } })
    expect(results.filter((r) => r.type !== 'labels').map((r) => [r.from_name, r.type])).toEqual([
      ['confidence', 'number'],
      ['speaker', 'textarea'],
      ['verified', 'choices']
    ])
  })

  it('imports a task written elsewhere, skipping cancelled annotations', () => {
    const text = 'Kyiv 😀 said 🚀 launchers were counted.'
    const region = (id: string, start: number, end: number, label: string) => ({
      id,
      from_name: 'label',
      to_name: 'text',
      type: 'labels',
      value: { start, end, text: Array.from(text).slice(start, end).join(''), labels: [label] }
    })
    const tasks = [
      {
        data: { text },
        annotations: [
          {
            result: [
              region('r1', 14, 23, 'figure'),
              {
                id: 'r1',
                from_name: 'unit',
                to_name: 'text',
                type: 'choices',
                value: { start: 14, end: 23, choices: ['count'] }
              }
            ]
          },
          { was_cancelled: true, result: [region('r2', 0, 4, 'claim')] }
        ]
      }
    ]
    const b = emptyCorpus()
    importAnnotations(b.db, b.analyst, 'labelstudio', [{ name: 'ls.json', bytes: strToU8(JSON.stringify(tasks)) }])
    const annotations = annotationsOf(b.db)
    expect(annotations).toHaveLength(1)
    expect(text.slice(annotations[0].start, annotations[0].end)).toBe('launchers')
    expect(annotations[0].attributes).toEqual({ unit: 'count' })
  })
})

describe('CSV', () => {
  it('writes one row per annotation with its article’s metadata and code-point offsets', () => {
    const a = sampleCorpus()
    const csv = strFromU8(exportAnnotations(a.db, 'csv', undefined, 'annotations', NOW).bytes)
    const { data } = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true })
    expect(data).toHaveLength(4)
    const quote = data.find((row) => row.tag === 'quote') as Record<string, string>
    const start = Array.from(KYIV_TEXT.slice(0, KYIV_TEXT.indexOf('“the 𝔘nion'))).length
    expect(quote).toMatchObject({
      article_title: 'Officials say the line will hold',
      article_url: 'https://example.org/kyiv',
      start: String(start),
      exact: '“the 𝔘nion will hold its line”',
      creator_name: 'Ana López'
    })
    expect(JSON.parse(quote.attributes)).toEqual({
      confidence: 0.8,
      source: null,
      speaker: 'officials',
      verified: false
    })
  })

  it('writes a note that starts like a spreadsheet formula as text', () => {
    const a = sampleCorpus()
    a.db.prepare('UPDATE annotation SET note = ? WHERE id = ?').run('=HYPERLINK("http://evil")', a.annotations[1].id)
    const csv = strFromU8(exportAnnotations(a.db, 'csv', undefined, 'annotations', NOW).bytes)
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`)
  })
})
