// What the two bulk dialogs (tag all matches, saved rules) share: how a preview's count reads, and the
// field that picks the tag.
import type { Tag, TagAllPreview } from '../../../shared/model'

type Counts = Pick<TagAllPreview, 'count' | 'articles' | 'alreadyTagged'>

/** "3 matches in 2 articles (1 already tagged)". */
export const matchSummary = ({ count, articles, alreadyTagged }: Counts): string =>
  `${count} ${count === 1 ? 'match' : 'matches'} in ${articles} ${articles === 1 ? 'article' : 'articles'} (${alreadyTagged} already tagged)`

/** The labelled choice of the tag that matches (or a rule's matches) will carry. */
export function TagField({
  tags,
  value,
  onChange
}: {
  tags: readonly Tag[]
  value: string
  onChange: (tag: string) => void
}) {
  return (
    <label>
      Tag
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {tags.map((t) => (
          <option key={t.name} value={t.name}>
            {t.label}
          </option>
        ))}
      </select>
    </label>
  )
}
