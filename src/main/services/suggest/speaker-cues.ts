// Who said a quote, from the attribution cues around it. The speaker is the source whose words the
// quotation marks reproduce, so an attribution that governs the whole sentence wins over one inside
// it: in `Putin told Biden that … “colossal mistake” …, Kremlin aide Yuri Ushakov said`, the marks
// reproduce Ushakov's words. In order:
//   1. after the quote, in the same sentence: `…,” X said`, `…,” said X`, `X told …`;
//   2. `according to X` or `described by X as` anywhere in the sentence;
//   3. before the quote: a colon lead-in (`Biden said: “…`) or `X said/told/warned/added (that) … “…`;
//   4. a paragraph that is nothing but the quote continues the previous quote's speaker, and so does
//      a quote that opens its sentence after another quote of the same paragraph
//      (`“…,” Ferreira said. “Today it is dry…”`).
// Pronouns ("she maintained") resolve to the last named speaker before the quote.
import { isNameLike, PRONOUNS, RELATIVES, speakerName } from './speaker-names'
import type { QuoteSpan } from './find-quotes'
import type { Bounds } from './sentences'

export interface Attribution {
  speaker: string
  /** Which cue found it: provenance for the suggestion. */
  cue: 'said-after' | 'according-to' | 'colon' | 'said-before' | 'continued' | 'participle'
}

const VERBS =
  'said|says|say|told|tells|added|adds|warned|warns|claimed|claims|stated|states|maintained|maintains|insisted|insists|noted|notes|wrote|writes|asked|replied|responded|affirmed|vowed|accused|urged|argued|explained|acknowledged|announced|declared|proposed|called|promised|tweeted|remarked|complained|predicted|conceded|admitted|cautioned|emphasised|emphasized|stressed'
/** A reporting verb. Found first and checked for prediction after, which is far cheaper than a lookbehind. */
const VERB = new RegExp(`\\b(?:${VERBS})\\b`, 'g')
/** Words before a verb that make it a prediction, not a report ("is expected to say", "will tell"). */
const PREDICTED = /(?:\b(?:expected|set|going|plans?|due|likely) to|\b(?:will|would|may|might))\s+$/

/** Reporting verbs of `text` that report rather than predict, in order. */
function reportingVerbs(text: string): RegExpExecArray[] {
  const verbs: RegExpExecArray[] = []
  VERB.lastIndex = 0
  for (let m = VERB.exec(text); m; m = VERB.exec(text)) {
    if (!PREDICTED.test(text.slice(Math.max(0, m.index - 16), m.index))) verbs.push(m)
  }
  return verbs
}
/** Verbs whose object follows them ("told reporters"), so the words after them are never the speaker. */
const TRANSITIVE = /^(?:told|tells|warned|warns|asked|urged|accused|promised|called)$/
/** The most words a speaker's description takes ("the former U.S. ambassador to Ukraine"). */
const MAX_SUBJECT_WORDS = 8
const PARTICIPLE = /\b(?:calling for|calling on|saying|insisting|warning)\b/
const ACCORDING = /\baccording to ([^,.;:“”"]+)/i
const DESCRIBED = /\bdescribed by ([^,.;“”"]+?) as\b/i

/** The sentence's text with every quoted passage blanked out, so cue words inside quotes are ignored. */
function outsideQuotes(text: string, sentence: Bounds, quotes: readonly QuoteSpan[]): string {
  let body = text.slice(sentence.start, sentence.end)
  for (const q of quotes) {
    const from = Math.max(q.open, sentence.start)
    const to = Math.min(q.close, sentence.end)
    if (from < to) body = body.slice(0, from - sentence.start) + ' '.repeat(to - from) + body.slice(to - sentence.start)
  }
  return body
}

/**
 * The subject of a reporting verb at `at`. `X, an expert on …, told` names X: when the verb follows a
 * comma the subject is the name among the comma-separated segments (or the last plain one); otherwise
 * it is the words just before the verb (`Putin told`, `the senior U.S. official said`).
 */
function subjectBefore(body: string, at: number): string | null {
  const clause =
    body
      .slice(0, at)
      .split(/\s{3,}|[“”"]/)
      .pop() ?? ''
  // "a readout, which stated": a relative pronoun stands for the noun before it.
  const relative = /(?:^|,)\s*([^,]*?),\s*(?:which|who)\s*$/.exec(clause)
  if (relative) return speakerName(relative[1].split(/\s+/).pop()!)
  const segments = clause
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s && !/^(?:\p{Ll}+ing|who|which|including)\b/u.test(s))
  if (segments.length === 0) return null
  if (clause.trimEnd().endsWith(',')) {
    const names = segments.slice(-3).filter((s) => isNameLike(s.replace(/^the\s+/i, '')))
    return speakerName(names.length ? names[names.length - 1] : segments[segments.length - 1])
  }
  const last = segments[segments.length - 1]
  const subject = last
    .split(/\b(?:that|but|while|because|if|when)\b/)
    .pop()!
    .trim()
  return speakerName(subject)
}

/** The subject of a verb that opens the text after a quote: `said Herbst, who …`. */
function subjectAfter(rest: string): string | null {
  const phrase = rest.split(/[,.;:]|\s{3,}|\s(?:who|which|in|on|at|to|after|before|during)\s/)[0]
  return speakerName(phrase)
}

function fromTrailing(body: string, quoteEnd: number): string | null {
  const rest = body.slice(quoteEnd)
  const [verb] = reportingVerbs(rest)
  if (!verb) return null
  const between = rest.slice(0, verb.index)
  // "…,” according to X, who said …": the sentence's attribution is "according to".
  if (/\baccording to\b/i.test(between)) return null
  // `…,” said X`: nothing but punctuation between the quote and the verb, so the subject follows it.
  const sinceQuote = between.split(/\s{3,}/).pop()!
  if (!/\p{L}/u.test(sinceQuote) && !TRANSITIVE.test(verb[0])) {
    return subjectAfter(rest.slice(verb.index + verb[0].length))
  }
  // A long clause between the quote and the verb is another statement, not an attribution.
  const clause = between
    .split(/\s{3,}|,/)
    .pop()!
    .trim()
  if (clause.split(/\s+/).length > MAX_SUBJECT_WORDS) return null
  return subjectBefore(body, quoteEnd + verb.index)
}

function fromLeading(body: string, quoteStart: number): { speaker: string | null; cue: Attribution['cue'] } {
  const before = body.slice(0, quoteStart)
  const verbs = reportingVerbs(before)
  const participle = PARTICIPLE.exec(before)
  if (participle && verbs.every((v) => v.index < participle.index)) {
    const subject = before.trimStart().split(/[\s,]+/)[0]
    return { speaker: speakerName(subject), cue: 'participle' }
  }
  const cue = /:\s*$/.test(before) ? 'colon' : 'said-before'
  // The first reporting verb is the outermost ("a readout, which stated that Biden had promised").
  for (const verb of verbs) {
    const speaker = subjectBefore(body, verb.index)
    if (speaker) return { speaker, cue }
  }
  return { speaker: null, cue }
}

export interface SpeakerContext {
  text: string
  sentence: Bounds
  paragraph: Bounds
  quotes: readonly QuoteSpan[]
  /** The speaker of the previous quote, for continued quotes. */
  previous: string | null
  /** Whether the previous quote stands in the same paragraph. */
  previousInParagraph: boolean
  /** The last speaker named before this quote (quoted or not), for pronouns; looked up only when needed. */
  lastNamed: () => string | null
}

function resolve(speaker: string | null, context: SpeakerContext): string | null {
  if (speaker && PRONOUNS.has(speaker.toLowerCase())) return context.lastNamed()
  return speaker
}

/** The speaker of `quote`, and the cue that names it, or null when the text does not say. */
export function attribute(quote: QuoteSpan, context: SpeakerContext): Attribution | null {
  const { text, sentence } = context
  const body = outsideQuotes(text, sentence, context.quotes)
  const quoteEnd = Math.min(quote.close, sentence.end) - sentence.start
  const ended = /[.!?]$/.test(text.slice(quote.start, quote.end)) && quote.close >= sentence.end - 1
  const trailing = ended ? null : resolve(fromTrailing(body, quoteEnd), context)
  if (trailing) return { speaker: trailing, cue: 'said-after' }
  const according = ACCORDING.exec(body) ?? DESCRIBED.exec(body)
  const named = according ? speakerName(according[1]) : null
  if (named) return { speaker: named, cue: 'according-to' }
  const leading = fromLeading(body, Math.max(0, quote.open - sentence.start))
  const speaker = resolve(leading.speaker, context)
  if (speaker) return { speaker, cue: leading.cue }
  const alone = text.slice(context.paragraph.start, context.paragraph.end).trim().length <= quote.close - quote.open + 2
  const followsOn = context.previousInParagraph && quote.open <= sentence.start
  if ((alone || followsOn) && context.previous) return { speaker: context.previous, cue: 'continued' }
  return null
}

/** The last name that a reporting verb attributes words to in `text` before `offset`, for pronouns. */
export function lastNamedSpeaker(text: string, from: number, offset: number): string | null {
  const window = text.slice(from, offset).replace(/[“"][^“”"\n]*[”"]/g, (quoted) => ' '.repeat(quoted.length))
  let found: string | null = null
  for (const m of reportingVerbs(window)) {
    const sentenceStart = Math.max(window.lastIndexOf('. ', m.index), window.lastIndexOf('\n', m.index)) + 1
    const name = subjectBefore(window.slice(sentenceStart, m.index + 1), m.index - sentenceStart)
    if (name && !PRONOUNS.has(name.toLowerCase()) && !RELATIVES.has(name.toLowerCase())) found = name
  }
  return found
}
