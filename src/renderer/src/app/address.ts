// The page's address carries what the workbench opens with, in the URL's fragment (which never
// reaches a server or its logs): the browser-mode access token (#token=…, taken once and then removed)
// and the article on screen (#article=12), so that a reload or a link reopens that article.

/** The fragment's `name=value` pairs, in order. */
function fragmentParams(): [string, string][] {
  const hash = window.location.hash.replace(/^#/, '')
  return hash
    ? hash.split('&').map((pair) => {
        const at = pair.indexOf('=')
        return at === -1 ? [pair, ''] : [pair.slice(0, at), pair.slice(at + 1)]
      })
    : []
}

function writeFragment(params: readonly [string, string][]): void {
  const hash = params.map(([name, value]) => `${name}=${value}`).join('&')
  const { pathname, search } = window.location
  history.replaceState(history.state, '', `${pathname}${search}${hash ? `#${hash}` : ''}`)
}

/** The access token in the address, if any, which is then removed from it (the rest stays). */
export function takeTokenFromAddress(): string | null {
  const params = fragmentParams()
  const token = params.find(([name]) => name === 'token')?.[1]
  if (!token) return null
  writeFragment(params.filter(([name]) => name !== 'token'))
  return token
}

/** The article the address names (#article=12), or null when it names none or not a valid id. */
export function articleInAddress(): number | null {
  const value = fragmentParams().find(([name]) => name === 'article')?.[1]
  if (!value || !/^[1-9]\d{0,15}$/.test(value)) return null
  return Number(value)
}

/** Makes the address name `id` as the open article (null: none), without a navigation. */
export function showArticleInAddress(id: number | null): void {
  const others = fragmentParams().filter(([name]) => name !== 'article')
  const params: [string, string][] = id === null ? others : [...others, ['article', String(id)]]
  const current = window.location.hash.replace(/^#/, '')
  if (params.map(([n, v]) => `${n}=${v}`).join('&') !== current) writeFragment(params)
}
