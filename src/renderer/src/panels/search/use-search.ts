// The search panel's state: the query and filters as typed, and the results of the latest search.
// Each change searches again after a short pause; an older answer never replaces a newer one.
import { useEffect, useRef, useState } from 'react'
import type { SearchFilters, SearchResults, SearchScope } from '../../../../shared/model'
import { api } from '../../api'

export interface SearchForm extends SearchFilters {
  query: string
  scope: SearchScope
}

/** Pause after the last keystroke before searching: long enough to skip half-typed words. */
const PAUSE_MS = 200

const cleaned = (form: SearchForm) =>
  Object.fromEntries(Object.entries(form).filter(([, value]) => value !== '' && value !== undefined)) as SearchForm

export function useSearch() {
  const [form, setForm] = useState<SearchForm>({ query: '', scope: 'all' })
  const [results, setResults] = useState<SearchResults | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const latest = useRef(0)

  useEffect(() => {
    const ticket = ++latest.current
    if (!form.query.trim()) return
    const timer = window.setTimeout(() => {
      setBusy(true)
      api.search(cleaned(form)).then(
        (next) => {
          if (ticket !== latest.current) return
          setResults(next)
          setError(null)
          setBusy(false)
        },
        (failure: Error) => {
          if (ticket !== latest.current) return
          setResults(null)
          setError(failure.message)
          setBusy(false)
        }
      )
    }, PAUSE_MS)
    return () => window.clearTimeout(timer)
  }, [form])

  const update = (patch: Partial<SearchForm>) => setForm((current) => ({ ...current, ...patch }))
  // An empty box shows nothing, whatever an earlier search answered.
  const empty = !form.query.trim()
  return { form, update, results: empty ? null : results, error: empty ? null : error, busy: busy && !empty }
}
