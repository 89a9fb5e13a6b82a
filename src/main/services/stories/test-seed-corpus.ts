// Test helper: a corpus of the five seed articles (reports of the December 2021 Biden–Putin calls)
// and our own sample corpus (unrelated local news), for the story and comparison tests.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { openDatabase, type Db } from '../../db/connection'
import { importArticleFiles } from '../import-articles'

export const SEED_DIR = resolve(__dirname, '../../../../../shared/corpus/seed-articles')
export const haveSeeds = existsSync(SEED_DIR)
const SAMPLE_DIR = resolve(__dirname, '../../../../resources/sample-corpus')

const filesIn = (dir: string) =>
  readdirSync(dir)
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }))

/** An in-memory corpus of the seeds and the sample corpus, and the ids of the five seed articles. */
export async function seedCorpus(): Promise<{ db: Db; seedIds: number[] }> {
  const db = openDatabase(':memory:')
  const seeds = await importArticleFiles(db, filesIn(SEED_DIR))
  await importArticleFiles(db, filesIn(SAMPLE_DIR))
  return { db, seedIds: seeds.files.flatMap((file) => ('articleIds' in file ? file.articleIds : [])) }
}
