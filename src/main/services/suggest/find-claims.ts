// Claims: sentences that assert something and attribute it to someone ("Putin claimed that NATO
// …", "…, according to US officials"). A sentence is a weaker signal than quotation marks or digits,
// so claims are offered with lower confidence and the analyst decides.
import { paragraphs, sentences } from './sentences'
import { speakerName } from './speaker-names'

export interface FoundClaim {
  start: number
  end: number
  claimant: string | null
  rule: string
}

/** `… claimed/said/told X … that …`: a reporting verb introducing a that-clause. */
const ASSERTING =
  /\b(?:said|says|claimed|claims|insisted|insists|argued|argues|maintained|maintains|alleged|alleges|asserted|asserts|denied|denies|warned|warns|stated|states|believes|believe|told)\s+(?:[^\s,;.]+\s+){0,3}?that\b/

/** The subject of the verb at `at`: the words since the last comma or semicolon, without auxiliaries. */
function subjectOf(body: string, at: number): string {
  const before = body.slice(0, at)
  return before
    .slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1)
    .replace(/\s+(?:has|have|had)\s*$/, '')
}
const ACCORDING = /\baccording to ([^,.;]+)/i

/** Every sentence of the text that reads as an attributed assertion. */
export function findClaims(text: string): FoundClaim[] {
  const claims: FoundClaim[] = []
  for (const paragraph of paragraphs(text)) {
    for (const sentence of sentences(text, paragraph)) {
      const body = text.slice(sentence.start, sentence.end)
      if (body.length < 40 || body.trimEnd().endsWith('?')) continue
      // Both cues need one of these words; most sentences have neither, and this test is far cheaper.
      if (!body.includes('that') && !/ccording/.test(body)) continue
      const asserted = ASSERTING.exec(body)
      const according = asserted ? null : ACCORDING.exec(body)
      if (!asserted && !according) continue
      const claimant = speakerName(asserted ? subjectOf(body, asserted.index) : according![1])
      claims.push({
        ...sentence,
        claimant: claimant && !/^(?:he|she|they|it|we|i)$/i.test(claimant) ? claimant : null,
        rule: asserted ? 'claim/reported-assertion' : 'claim/according-to'
      })
    }
  }
  return claims
}
