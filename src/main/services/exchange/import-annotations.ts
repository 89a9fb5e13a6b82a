// Imports annotations made in other tools: brat standoff (a zip, or the .txt/.ann files of a folder)
// and Label Studio JSON tasks. Every file is read and checked before anything is written.
import type { Db } from '../../db/connection'
import { UserError } from '../../../shared/errors'
import type { Analyst } from '../../../shared/model'
import { safeUnzip } from '../safe-unzip'
import { readBrat } from './brat-import'
import { importExternal, type ExternalImportReport } from './import-external'
import { readLabelStudio } from './labelstudio-import'

export type ImportFormat = 'brat' | 'labelstudio'

export interface UploadedFile {
  name: string
  bytes: Uint8Array
}

/** Largest JSON file read whole: far beyond any real export, far below what would exhaust memory. */
const MAX_JSON_BYTES = 256 * 2 ** 20

function utf8(name: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new UserError(`${name} is not UTF-8 text`)
  }
}

const baseName = (path: string) => path.split(/[/\\]/).pop() as string

/** The brat files (by base name) of a zip or of loose files; only .txt and .ann are read. */
function bratFiles(files: UploadedFile[]): { label: string; texts: Map<string, string> } {
  const texts = new Map<string, string>()
  const wanted = (name: string) => /\.(txt|ann)$/.test(name)
  const add = (label: string, name: string, bytes: Uint8Array) => {
    const base = baseName(name)
    if (texts.has(base)) throw new UserError(`${label}: two files are named ${base}`)
    texts.set(base, utf8(`${label}: ${name}`, bytes))
  }
  if (files.length === 1 && files[0].name.endsWith('.zip')) {
    const [zip] = files
    const read = safeUnzip(zip.bytes, wanted)
    if ('problem' in read) throw new UserError(`${zip.name} is refused: ${read.problem}`)
    for (const [name, bytes] of read.entries) add(zip.name, name, bytes)
    return { label: zip.name, texts }
  }
  const label = files.length === 1 ? files[0].name : `${files.length} brat files`
  for (const file of files.filter((f) => wanted(f.name))) add(label, file.name, file.bytes)
  return { label, texts }
}

/** Imports `files` in `format` for `analyst`; a UserError naming the file and problem changes nothing. */
export function importAnnotations(
  db: Db,
  analyst: Analyst,
  format: ImportFormat,
  files: UploadedFile[]
): ExternalImportReport {
  if (files.length === 0) throw new UserError('Choose at least one file to import.')
  if (format === 'brat') {
    const { label, texts } = bratFiles(files)
    if (![...texts.keys()].some((name) => name.endsWith('.txt')))
      throw new UserError(`${label}: holds no brat .txt file`)
    return importExternal(db, analyst, label, readBrat(texts))
  }
  if (files.length !== 1) throw new UserError('Import one Label Studio JSON file at a time.')
  const [file] = files
  if (file.bytes.length > MAX_JSON_BYTES)
    throw new UserError(`${file.name} is larger than ${MAX_JSON_BYTES / 2 ** 20} MiB`)
  let json: unknown
  try {
    json = JSON.parse(utf8(file.name, file.bytes))
  } catch (error) {
    if (error instanceof UserError) throw error
    throw new UserError(`${file.name} is not valid JSON (${(error as Error).message})`)
  }
  return importExternal(db, analyst, file.name, readLabelStudio(file.name, json))
}
