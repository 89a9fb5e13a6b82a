import { useState } from 'react'
import type { ArticleSummary } from '../../../../shared/model'

interface Props {
  articles: ArticleSummary[]
  onCreate: (title: string, articleIds: number[]) => void
}

/** A story made by hand: a title and the articles ticked. */
export function NewStoryForm({ articles, onCreate }: Props) {
  const [title, setTitle] = useState('')
  const [chosen, setChosen] = useState<number[]>([])
  const toggle = (id: number) =>
    setChosen((current) => (current.includes(id) ? current.filter((x) => x !== id) : [...current, id]))
  return (
    <form
      className="new-story"
      aria-label="New story"
      onSubmit={(event) => {
        event.preventDefault()
        onCreate(title, chosen)
        setTitle('')
        setChosen([])
      }}
    >
      <h3>New story</h3>
      <input
        aria-label="Story title"
        placeholder="Story title"
        value={title}
        onChange={(e) => setTitle(e.target.value)}
      />
      <fieldset>
        <legend>Articles in the story</legend>
        {articles.map((article) => (
          <label key={article.id} className="story-pick">
            <input type="checkbox" checked={chosen.includes(article.id)} onChange={() => toggle(article.id)} />
            {article.outlet ?? 'unknown outlet'} · {article.title}
          </label>
        ))}
      </fieldset>
      <button type="submit" disabled={!title.trim() || chosen.length === 0}>
        Create story
      </button>
    </form>
  )
}
