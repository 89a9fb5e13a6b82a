// The articles and annotations that an export to another tool's format writes, with code-point
// offsets: every format here (brat, CSV, Label Studio) counts characters as Python does.
import type { Db } from '../../db/connection'
import type { Annotation, Article } from '../../../shared/model'
import { OffsetConverter } from '../../../shared/offsets'
import { listAnnotations } from '../annotations'
import { getArticle, listArticles } from '../corpus'

/** An annotation with its offsets in code points of its article's text. */
export interface ExchangeAnnotation extends Annotation {
  startCp: number
  endCp: number
}

export interface ExchangeArticle {
  article: Article
  annotations: ExchangeAnnotation[]
}

export type ExchangeFormat = 'brat' | 'csv' | 'labelstudio'

/** The articles named (each must exist), or all, in id order, with their annotations in reading order. */
export function exchangeArticles(db: Db, articleIds?: number[]): ExchangeArticle[] {
  const ids = articleIds
    ? [...new Set(articleIds)].sort((a, b) => a - b)
    : listArticles(db)
        .map((a) => a.id)
        .sort((a, b) => a - b)
  return ids.map((id) => {
    const article = getArticle(db, id)
    const converter = new OffsetConverter(article.text)
    const annotations = listAnnotations(db, id).map((annotation) => ({
      ...annotation,
      startCp: converter.toCodePoints(annotation.start) as number,
      endCp: converter.toCodePoints(annotation.end) as number
    }))
    return { article, annotations }
  })
}

/** A file-name stem for an article: its number and a slug of its title ("0003-biden-putin-agree"). */
export function articleStem(article: Article): string {
  const slug = article.title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40)
  return `${String(article.id).padStart(4, '0')}${slug ? `-${slug}` : ''}`
}
