import { describe, expect, it } from 'vitest'
import { strToU8 } from 'fflate'
import { holdsPrototypeKey } from './parse-bundle'
import { readCollectionLines } from './collection-lines'
import { collectionJson } from './bundle-zip'

const shell = {
  '@context': ['http://www.w3.org/ns/anno.jsonld', { wb: 'urn:news-workbench:ns:' }],
  id: 'urn:uuid:0b7c1c62-5f4e-5f0e-9d7e-2d6a3c1e9f00',
  type: 'AnnotationCollection',
  total: 3,
  first: { id: 'urn:uuid:5a0e0f52-6d1e-5f43-9c55-3b1f4a8e7d21', type: 'AnnotationPage', startIndex: 0 }
}
const items = [
  { id: 'a', note: 'Kyiv 😀 — “the 𝔘nion”' },
  { id: 'b', attributes: { speaker: 'officials', items: [1, 2] } },
  { id: 'c', note: 'line\nbreak, and a comma at the end,' }
]
/** The collection as the workbench writes it: indented, its items one per line. */
const written = (list: unknown[] = items, head: object = shell) =>
  `${[...collectionJson(head as { first: object }, list)].join('')}\n`
const read = (text: string | Uint8Array) =>
  readCollectionLines(typeof text === 'string' ? strToU8(text) : text, holdsPrototypeKey, (item) => item)
const whole = (text: string) => JSON.parse(text) as typeof shell & { first: { items: unknown[] } }

describe('readCollectionLines', () => {
  it('reads the items of the layout the workbench writes, as parsing the whole file does', () => {
    const text = written()
    expect(read(text)).toEqual({
      shell: { ...shell, first: { ...shell.first, items: [] } },
      items: whole(text).first.items
    })
  })

  it('reads items whose lines straddle the decoder’s blocks, multi-byte characters included', () => {
    const many = Array.from({ length: 20_000 }, (_, n) => ({ id: `n${n}`, note: `😀 𝔘 ${'é'.repeat(n % 97)}` }))
    const text = written(many, { ...shell, total: many.length })
    expect(strToU8(text).length).toBeGreaterThan(2 * 2 ** 20)
    expect(read(text)?.items).toEqual(many)
  })

  it('drops a byte order mark at the start, as decoding the whole file does', () => {
    expect(read(`\uFEFF${written()}`)?.items).toEqual(items)
  })

  it('gives up on any other layout, so that the whole file is parsed instead', () => {
    const text = written()
    const lines = text.split('\n')
    const itemLine = lines.findIndex((line) => line.includes('"id":"a"'))
    const without = (index: number, replacement: string[]) =>
      [...lines.slice(0, index), ...replacement, ...lines.slice(index + 1)].join('\n')
    expect(read(JSON.stringify(whole(text)))).toBeNull()
    expect(read(JSON.stringify(whole(text), null, 2))).toBeNull()
    expect(read(without(itemLine, [lines[itemLine].replace(/,$/, '')]))).toBeNull()
    expect(read(without(itemLine + 2, [`${lines[itemLine + 2]},`]))).toBeNull()
    expect(read(without(itemLine, [lines[itemLine], '']))).toBeNull()
    expect(read(without(itemLine, [`\u00a0${lines[itemLine]}`]))).toBeNull()
    expect(read(text.replace('"items": [', '"items": [],\n      "other": ['))).toBeNull()
  })

  it('gives up when the lines are not the items of the first page', () => {
    const decoy = [
      '{',
      '  "type": "AnnotationCollection",',
      '  "first": {',
      '    "decoy": {',
      '      "items": [',
      '        {"id": "a"},',
      '        {"id": "b"}',
      '      ]',
      '    },',
      '    "items": []',
      '  }',
      '}'
    ].join('\n')
    expect(whole(decoy).first.items).toEqual([])
    expect(read(decoy)).toBeNull()
  })

  it('gives up on a line holding a refused key and on an item the reader refuses', () => {
    expect(read(written([{ id: 'a', attributes: JSON.parse('{"__proto__": 1}') as object }]))).toBeNull()
    const refused = readCollectionLines(strToU8(written()), holdsPrototypeKey, (item) =>
      (item as { id: string }).id === 'b' ? null : item
    )
    expect(refused).toBeNull()
  })
})
