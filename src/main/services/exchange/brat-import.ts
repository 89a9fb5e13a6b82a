// Reads brat standoff files (pairs of NAME.txt and NAME.ann, from a zip or a folder) into external
// articles. Offsets are code points. What we could not keep is refused rather than dropped:
// discontinuous spans, relations, events, equivalences and normalisations.
import { z } from 'zod'
import { UserError } from '../../../shared/errors'
import type { Attributes } from '../../../shared/model'
import { decodeAttributeValue, decodeNote } from './brat-lines'
import { BRAT_META_NOTE } from './brat-export'
import { FORBIDDEN_KEYS, type ExternalAnnotation, type ExternalArticle } from './import-external'

const metaSchema = z.object({
  id: z.string(),
  creator: z.object({ id: z.string(), name: z.string() }),
  created: z.iso.datetime({ offset: true }),
  modified: z.iso.datetime({ offset: true })
})

interface Draft extends ExternalAnnotation {
  attributes: Attributes
}

/** The annotations of one .ann file, or a UserError naming the file, the line and what is wrong. */
export function parseAnn(file: string, ann: string): ExternalAnnotation[] {
  const byId = new Map<string, Draft>()
  const fail = (line: number, problem: string) => new UserError(`${file} line ${line}: ${problem}`)
  const target = (line: number, id: string): Draft => {
    const found = byId.get(id)
    if (!found) throw fail(line, `refers to ${id}, which is not a text-bound annotation defined above`)
    return found
  }
  ann.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1
    if (raw.trim() === '') return
    const [id, fields, text] = raw.split('\t')
    if (fields === undefined) throw fail(line, 'is not a brat annotation line (ID, tab, fields)')
    const parts = fields.split(' ')
    if (/^T\d+$/.test(id)) {
      if (fields.includes(';')) throw fail(line, 'is a discontinuous span, which the workbench cannot keep')
      const [tag, start, end] = parts
      if (parts.length !== 3 || !/^\d+$/.test(start) || !/^\d+$/.test(end)) throw fail(line, 'needs "type start end"')
      if (byId.has(id)) throw fail(line, `${id} is defined twice`)
      const where = `line ${line}`
      byId.set(id, { where, tag, startCp: Number(start), endCp: Number(end), exact: text, attributes: {}, note: '' })
    } else if (/^[AM]\d+$/.test(id)) {
      const [key, ref, value, ...rest] = parts
      if (!key || !ref || rest.length) throw fail(line, 'needs "name T-id [value]"')
      if (FORBIDDEN_KEYS.has(key)) throw fail(line, `"${key}" cannot be an attribute name`)
      const annotation = target(line, ref)
      if (Object.hasOwn(annotation.attributes, key)) throw fail(line, `sets ${key} of ${ref} twice`)
      annotation.attributes[key] = decodeAttributeValue(value)
    } else if (/^#\d+$/.test(id)) {
      const [kind, ref] = parts
      const annotation = target(line, ref)
      if (kind === 'AnnotatorNotes') annotation.note = decodeNote(text ?? '')
      else if (kind === BRAT_META_NOTE) {
        let json: unknown
        try {
          json = JSON.parse(text ?? '')
        } catch {
          throw fail(line, `its ${BRAT_META_NOTE} note is not JSON`)
        }
        const meta = metaSchema.safeParse(json)
        if (!meta.success) throw fail(line, `its ${BRAT_META_NOTE} note lacks ${meta.error.issues[0].path.join('.')}`)
        annotation.meta = meta.data
      } else throw fail(line, `is a note of type "${kind}", which the workbench cannot keep`)
    } else
      throw fail(
        line,
        `is a brat ${id.replace(/\d+$/, '')} line (relation, event or normalisation), which the workbench cannot keep`
      )
  })
  return [...byId.values()].map((draft) => ({ ...draft, where: `${file} ${draft.where}` }))
}

/**
 * The articles of a brat collection given as file path → text: each NAME.ann with its NAME.txt. A
 * .ann without its .txt is an error; a .txt without .ann is an article with no annotations, and other
 * files (annotation.conf, visual.conf…) are ignored.
 */
export function readBrat(files: Map<string, string>): ExternalArticle[] {
  const articles: ExternalArticle[] = []
  const names = [...files.keys()].sort()
  for (const name of names.filter((n) => n.endsWith('.txt'))) {
    const stem = name.slice(0, -'.txt'.length)
    const text = files.get(name) as string
    const ann = files.get(`${stem}.ann`) ?? ''
    const title =
      text
        .split('\n')
        .find((line) => line.trim() !== '')
        ?.trim()
        .slice(0, 200) ?? stem
    articles.push({ file: name, title, text, annotations: parseAnn(`${stem}.ann`, ann) })
  }
  const orphan = names.find((n) => n.endsWith('.ann') && !files.has(`${n.slice(0, -'.ann'.length)}.txt`))
  if (orphan) throw new UserError(`${orphan} has no ${orphan.slice(0, -'.ann'.length)}.txt beside it`)
  return articles
}
