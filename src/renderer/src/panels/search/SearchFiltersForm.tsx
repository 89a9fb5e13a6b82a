import type { SearchScope, Tag } from '../../../../shared/model'
import type { SearchForm } from './use-search'

interface Props {
  form: SearchForm
  tags: Tag[]
  onChange: (patch: Partial<SearchForm>) => void
}

/** Where to search and which articles or annotations count: scope, tag, analyst, outlet, dates. */
export function SearchFiltersForm({ form, tags, onChange }: Props) {
  return (
    <div className="search-filters" role="group" aria-label="Search filters">
      <select
        aria-label="Search in"
        value={form.scope}
        onChange={(event) => onChange({ scope: event.target.value as SearchScope })}
      >
        <option value="all">Text and annotations</option>
        <option value="text">Article text</option>
        <option value="annotations">Annotations</option>
      </select>
      <select aria-label="Tag" value={form.tag ?? ''} onChange={(event) => onChange({ tag: event.target.value })}>
        <option value="">Any tag</option>
        {tags.map((tag) => (
          <option key={tag.name} value={tag.name}>
            {tag.label}
          </option>
        ))}
      </select>
      <input
        aria-label="Analyst"
        placeholder="Analyst"
        value={form.analyst ?? ''}
        onChange={(event) => onChange({ analyst: event.target.value })}
      />
      <input
        aria-label="Outlet"
        placeholder="Outlet"
        value={form.outlet ?? ''}
        onChange={(event) => onChange({ outlet: event.target.value })}
      />
      <input
        aria-label="Published from"
        type="date"
        value={form.from ?? ''}
        onChange={(event) => onChange({ from: event.target.value })}
      />
      <input
        aria-label="Published to"
        type="date"
        value={form.to ?? ''}
        onChange={(event) => onChange({ to: event.target.value })}
      />
    </div>
  )
}
