import { forwardRef, useEffect, useImperativeHandle, useRef, useState, type KeyboardEvent } from 'react'
import type { EditResult } from '../../../../shared/editing'
import type { SearchHit, SearchScope, Tag } from '../../../../shared/model'
import { api } from '../../api'
import type { SpanTarget } from '../../app/use-span-reveal'
import { SearchFiltersForm } from './SearchFiltersForm'
import { useSearch, type SearchForm } from './use-search'
import './search.css'

export interface SearchPanelHandle {
  focus(): void
}

interface Props {
  tags: Tag[]
  onOpen: (target: SpanTarget) => void
  /** Takes the rows a bulk tagging of the hits returns, as every edit does. */
  onTagged: (result: EditResult) => void
  onError: (message: string) => void
}

/** Tags every text hit of the current search as one tag, in one undo step. */
function TagHits({
  form,
  tags,
  onTagged,
  onError
}: { form: SearchForm; tags: Tag[] } & Pick<Props, 'onTagged' | 'onError'>) {
  const [as, setAs] = useState(tags[0]?.name ?? '')
  const run = () => {
    const filters = Object.fromEntries(
      Object.entries(form).filter(([k, v]) => k !== 'scope' && v !== '' && v !== undefined)
    )
    api.tagSearchHits({ ...(filters as typeof form), as }).then(
      (result) => (result ? onTagged(result) : onError('Every hit of this search carries that tag already.')),
      (failure: Error) => onError(failure.message)
    )
  }
  return (
    <span className="search-tag-hits">
      <select aria-label="Tag the hits as" value={as} onChange={(event) => setAs(event.target.value)}>
        {tags.map((tag) => (
          <option key={tag.name} value={tag.name}>
            {tag.label}
          </option>
        ))}
      </select>
      <button onClick={run}>Tag all hits</button>
    </span>
  )
}

const hitLabel = (hit: SearchHit): string => {
  const where = hit.annotation ? `${hit.annotation.tag} by ${hit.annotation.creator}` : hit.field
  return `${hit.outlet ?? 'unknown outlet'}, ${hit.title}, ${where}: ${hit.before}${hit.match}${hit.after}`
}

const targetOf = (hit: SearchHit): SpanTarget =>
  hit.field === 'title' ? { articleId: hit.articleId } : { articleId: hit.articleId, start: hit.start, end: hit.end }

const SCOPE_LABELS: Record<SearchScope, string> = {
  all: 'text and annotations',
  text: 'text',
  annotations: 'annotations'
}

/**
 * The search box and its keyword-in-context results: type, move with ↑/↓, Enter opens the article at
 * the hit with the hit selected. A combobox, so focus stays in the box while the active hit moves.
 */
export const SearchPanel = forwardRef<SearchPanelHandle, Props>(function SearchPanel(
  { tags, onOpen, onTagged, onError },
  ref
) {
  const { form, update, results, error, busy } = useSearch()
  // The active hit belongs to the results it was chosen in; new results start at the first hit.
  const [chosen, setChosen] = useState<{ results: typeof results; index: number }>({ results: null, index: 0 })
  const active = chosen.results === results ? chosen.index : 0
  const setActive = (next: number | ((current: number) => number)) =>
    setChosen({ results, index: typeof next === 'function' ? next(active) : next })
  const inputRef = useRef<HTMLInputElement>(null)
  const listRef = useRef<HTMLUListElement>(null)
  const hits = results?.hits ?? []

  useImperativeHandle(ref, () => ({ focus: () => inputRef.current?.select() }))
  useEffect(() => {
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' })
  }, [active])

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      const step = event.key === 'ArrowDown' ? 1 : -1
      if (hits.length) setActive((current) => (current + step + hits.length) % hits.length)
    } else if (event.key === 'Enter' && hits[active]) {
      event.preventDefault()
      onOpen(targetOf(hits[active]))
    } else if (event.key === 'Escape' && form.query) {
      event.preventDefault()
      update({ query: '' })
    }
  }

  const expanded = hits.length > 0
  return (
    <section className="search-panel" aria-label="Search">
      <div className="search-row">
        <input
          ref={inputRef}
          className="search-box"
          type="search"
          role="combobox"
          aria-label="Search the corpus"
          aria-keyshortcuts="Control+F"
          aria-expanded={expanded}
          aria-controls="search-results"
          aria-activedescendant={expanded ? `search-hit-${active}` : undefined}
          aria-describedby="search-status"
          placeholder='Search  (Ctrl+F)   troops · "nearly an hour" · troop* · biden OR putin · troops -ukraine'
          value={form.query}
          onChange={(event) => update({ query: event.target.value })}
          onKeyDown={onKeyDown}
        />
        <SearchFiltersForm form={form} tags={tags} onChange={update} />
        {hits.some((hit) => hit.field === 'text') && (
          <TagHits form={form} tags={tags} onTagged={onTagged} onError={onError} />
        )}
      </div>
      <p id="search-status" className={error ? 'search-error' : 'muted'} role={error ? 'alert' : 'status'}>
        {error ??
          (results
            ? `${results.articleCount} article${results.articleCount === 1 ? '' : 's'} and ${results.annotationCount} annotation${
                results.annotationCount === 1 ? '' : 's'
              } match in ${SCOPE_LABELS[form.scope]}${results.truncated ? ' (best shown first; more exist)' : ''}`
            : busy
              ? 'Searching…'
              : '')}
      </p>
      {expanded && (
        <ul id="search-results" ref={listRef} className="search-results" role="listbox" aria-label="Search results">
          {hits.map((hit, index) => (
            <li
              key={`${hit.articleId}-${hit.field}-${hit.annotation?.id ?? ''}-${hit.start}`}
              id={`search-hit-${index}`}
              role="option"
              aria-selected={index === active}
              aria-label={hitLabel(hit)}
              className="search-hit"
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => {
                setActive(index)
                onOpen(targetOf(hit))
              }}
            >
              <span className="search-hit-where">
                {hit.outlet ?? 'unknown outlet'} · {hit.title}
                {hit.annotation ? ` · ${hit.annotation.tag} by ${hit.annotation.creator}` : ''}
                {hit.field === 'title' ? ' · title' : ''}
              </span>
              <span className="search-hit-line">
                {hit.before}
                <mark>{hit.match}</mark>
                {hit.after}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
})
