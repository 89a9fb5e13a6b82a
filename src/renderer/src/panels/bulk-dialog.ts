// What the two bulk dialogs (tag all matches, saved rules) share: how a preview's count reads, and
// Escape closing the dialog without reaching the app's own keys.
import type { KeyboardEvent } from 'react'
import type { TagAllPreview } from '../../../shared/model'

type Counts = Pick<TagAllPreview, 'count' | 'articles' | 'alreadyTagged'>

/** "3 matches in 2 articles (1 already tagged)". */
export const matchSummary = ({ count, articles, alreadyTagged }: Counts): string =>
  `${count} ${count === 1 ? 'match' : 'matches'} in ${articles} ${articles === 1 ? 'article' : 'articles'} (${alreadyTagged} already tagged)`

/** A dialog's key handler: Escape closes it, and goes no further. */
export const closeOnEscape =
  (onClose: () => void) =>
  (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return
    event.stopPropagation()
    onClose()
  }
