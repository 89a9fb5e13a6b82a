// What the two bulk dialogs (tag all matches, saved rules) share: how a preview's count reads.
import type { TagAllPreview } from '../../../shared/model'

type Counts = Pick<TagAllPreview, 'count' | 'articles' | 'alreadyTagged'>

/** "3 matches in 2 articles (1 already tagged)". */
export const matchSummary = ({ count, articles, alreadyTagged }: Counts): string =>
  `${count} ${count === 1 ? 'match' : 'matches'} in ${articles} ${articles === 1 ? 'article' : 'articles'} (${alreadyTagged} already tagged)`
