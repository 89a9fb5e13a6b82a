// What a web address tells us about who published an article. Two small tables: hosts that belong to
// an outlet, and hosts that only serve short links. Adding an outlet is one line.

/** Host (or parent domain) → the outlet's usual short name. A host matches itself and its subdomains. */
const OUTLET_DOMAINS: Readonly<Record<string, string>> = {
  'dw.com': 'DW',
  'rferl.org': 'RFE/RL',
  'rfer.ly': 'RFE/RL',
  'meduza.io': 'Meduza',
  'bbc.co.uk': 'BBC',
  'bbc.com': 'BBC',
  'bbc.in': 'BBC',
  'reuters.com': 'Reuters',
  'reut.rs': 'Reuters',
  'apnews.com': 'AP',
  'nytimes.com': 'The New York Times',
  'nyti.ms': 'The New York Times',
  'washingtonpost.com': 'The Washington Post',
  'wapo.st': 'The Washington Post',
  'theguardian.com': 'The Guardian',
  'cnn.com': 'CNN',
  'cnn.it': 'CNN',
  'abc.net.au': 'ABC News'
}

/**
 * Hosts that serve only short links. A line holding nothing but such a link is share-box furniture,
 * not a source address: it is removed from the text and used as the article's URL only when the text
 * has no full address. Generic shorteners are listed too; they just name no outlet.
 */
export const SHORT_LINK_HOSTS: readonly string[] = [
  'p.dw.com',
  'rfer.ly',
  'bbc.in',
  'reut.rs',
  'nyti.ms',
  'wapo.st',
  'cnn.it',
  'bit.ly',
  't.co',
  'tinyurl.com',
  'ow.ly',
  'trib.al'
]

/** Returns the host of an http(s) address in lower case without "www.", or null if it is not one. */
export function hostOf(url: string): string | null {
  try {
    const parsed = new URL(url)
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null
    return parsed.hostname.toLowerCase().replace(/^www\./, '')
  } catch {
    return null
  }
}

/** Returns the outlet that owns the address's host, or null when the host is not in the table. */
export function outletFromUrl(url: string): string | null {
  const host = hostOf(url)
  if (host === null) return null
  for (const [domain, outlet] of Object.entries(OUTLET_DOMAINS)) {
    if (host === domain || host.endsWith(`.${domain}`)) return outlet
  }
  return null
}

/** Returns true when the address is on a short-link host. */
export function isShortLink(url: string): boolean {
  const host = hostOf(url)
  return host !== null && SHORT_LINK_HOSTS.includes(host)
}
