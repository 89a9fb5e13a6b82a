// The table of page furniture the importer removes from scraped text. Each rule must match a whole
// line (after its bullet or list number is set aside), so a real sentence that merely *contains*
// "Share" or "top of page" is never touched. New furniture is one new row.
//
// Two removals are not rows because they depend on neighbouring lines; clean-furniture.ts does them:
// a line identical to the line directly above it ("duplicate caption": sites often print an image's
// alt text and its caption one after the other), and the teaser line that follows a promo link.

import { SHORT_LINK_HOSTS } from './outlets'

export interface FurnitureRule {
  /** A stable name for tests and for the analyst's settings later. */
  name: string
  /** Matched against the whole line without leading bullets, numbers and surrounding whitespace. */
  pattern: RegExp
  /** Why the line was removed, in the analyst's words; stored in `RemovedSegment.reason`. */
  reason: string
  /** The longest line the rule may match; DEFAULT_MAX_LENGTH when not given. */
  maxLength?: number
  /** The next non-blank line is a teaser for the promoted article and goes too, if it looks like one. */
  takesTeaser?: boolean
}

/** The named group `(?<outlet>…)` with which a rule captures the publisher its furniture names. */
export const OUTLET_GROUP = 'outlet'

const escapeForRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const SHORT_LINK = new RegExp(`^https?://(?:${SHORT_LINK_HOSTS.map(escapeForRegExp).join('|')})/\\S*$`, 'i')

// Share boxes print "Share to or" once the network icons are scraped away; with names left in they
// read "Share on Facebook Twitter".
const SHARE_TARGETS = '(?:or|and|Facebook|Twitter|X|WhatsApp|Telegram|LinkedIn|Reddit|E-?mail|Messenger|Pinterest)'

export const FURNITURE_RULES: readonly FurnitureRule[] = [
  // Screen-reader shortcuts at the top of most news sites, also as a numbered list ("1. Skip to content").
  {
    name: 'skip-link',
    pattern: /^Skip to (?:main content|content|main menu|menu|navigation|search|footer|more [\p{L} ]{1,30} sites)$/iu,
    reason: 'skip link'
  },
  { name: 'accessibility-links', pattern: /^Accessibility links$/i, reason: 'navigation links' },
  // The site-wide banner, not the article's own news: it carries no text of its own when scraped.
  { name: 'breaking-news-banner', pattern: /^Breaking News$/i, reason: 'breaking-news banner' },
  {
    name: 'share-buttons',
    pattern: new RegExp(`^Share(?: (?:to|on|via|this(?: (?:article|story|page))?))?(?: ${SHARE_TARGETS})*:?$`, 'i'),
    reason: 'share buttons'
  },
  // Anchors of site builders (Wix) that become text when the page is copied.
  { name: 'page-anchor', pattern: /^(?:top|bottom) of page$/i, reason: 'page anchor' },
  {
    name: 'comment-prompt',
    pattern: /^(?:Leave a (?:Comment|Reply)|Post a comment|Add a comment|Comments?|\d+ Comments?)$/i,
    reason: 'comment prompt'
  },
  // Placeholder text of a lazy-loaded picture ("16x9 Image"); the caption, if any, is a separate line.
  { name: 'image-placeholder', pattern: /^\d{1,4}x\d{1,4} Image$/i, reason: 'image placeholder' },
  { name: 'advertisement', pattern: /^(?:Advertisement|Advertising|Sponsored content)$/i, reason: 'advertisement' },
  // "Read more about the Geneva summit": a link to another article, never a sentence (no end stop).
  {
    name: 'promo-link',
    pattern: /^(?:Read|See) (?:more|also)(?:(?::| about\b| on\b)[^.!?]{0,100})?$/i,
    reason: 'promo link',
    takesTeaser: true
  },
  { name: 'short-link', pattern: SHORT_LINK, reason: 'short link' },
  { name: 'click-here', pattern: /^To (?:find out|learn|read) more,? click here\.?$/i, reason: 'link prompt' },
  {
    name: 'newsletter-prompt',
    pattern: /^(?:Subscribe|Sign up) (?:to|for) (?:our|the) .{0,40}newsletters?[.!]?$/i,
    reason: 'newsletter prompt'
  },
  // Publisher footers. The first two name the publisher, which is how an unsigned text gets its outlet.
  // They are tried on every long line of every article, so they do without the slower `u` flag.
  {
    name: 'publisher-mission',
    pattern: /^(?<outlet>\S.{0,40}?) journalists report the news in \d+\s+languages\b/i,
    maxLength: 1000,
    reason: 'publisher boilerplate'
  },
  {
    name: 'undesirable-organization',
    pattern: /^(?<outlet>\S.{0,40}?) has been declared an? ["“]undesirable organi[sz]ation["”].{0,40}$/i,
    maxLength: 1000,
    reason: 'publisher boilerplate'
  },
  {
    name: 'russia-reader-warning',
    pattern: /^If you are in Russia\b.*\b(?:fines|imprisonment)\b.*$/i,
    maxLength: 1000,
    reason: 'publisher boilerplate'
  },
  // A year is required after the sign so that a sentence like "Copyright law changed…" stays.
  {
    name: 'copyright',
    pattern: /^(?:copyright\s*)?(?:©|\(c\)|copyright)\s*\d{4}\b.{0,150}$/i,
    reason: 'copyright notice'
  },
  // Case-sensitive on purpose: "…kept all rights reserved." in a sentence is lower case.
  // Anchored at the end only: a `^.{0,150}` prefix made every line of every article backtrack.
  { name: 'rights-reserved', pattern: /\bAll [Rr]ights [Rr]eserved\.?$/u, maxLength: 170, reason: 'copyright notice' }
]

/**
 * Furniture is short: a line longer than this is article text unless a rule says otherwise (the
 * publisher footers are long). Checking the length first spares every paragraph of every article
 * all the patterns, which made cleaning the slowest step of an import.
 */
export const DEFAULT_MAX_LENGTH = 200

/** Returns the first rule whose pattern matches the whole line core, or null when none does. */
export function matchFurnitureRule(core: string): FurnitureRule | null {
  return (
    FURNITURE_RULES.find((rule) => core.length <= (rule.maxLength ?? DEFAULT_MAX_LENGTH) && rule.pattern.test(core)) ??
    null
  )
}

/** Returns the outlet named by a matching rule's `outlet` group, or null when the rule names none. */
export function outletNamedBy(rule: FurnitureRule, core: string): string | null {
  const named = rule.pattern.exec(core)?.groups?.[OUTLET_GROUP]
  return named === undefined ? null : named.trim()
}
