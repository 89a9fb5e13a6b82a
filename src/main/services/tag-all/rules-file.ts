// A file of tagging rules (docs/bulk-tagging.md): JSON listing, per tag, phrases and regular
// expressions. Read whole and checked before anything is saved; a problem names the file and the entry.
import { z } from 'zod'
import { UserError } from '../../../shared/errors'
import type { RuleDraft } from './tag-rules'

const entry = z
  .object({
    tag: z.string().min(1).max(64),
    phrases: z.array(z.string().min(1).max(500)).default([]),
    regexes: z.array(z.string().min(1).max(500)).default([]),
    caseSensitive: z.boolean().default(false),
    wholeWord: z.boolean().default(true)
  })
  .strict()
const rulesFile = z.object({ rules: z.array(entry).min(1) }).strict()

/** The rule drafts in a rules file's text, or a UserError naming the file and what is wrong. */
export function parseRulesFile(fileName: string, text: string): RuleDraft[] {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new UserError(`${fileName}: not valid JSON (${(error as Error).message}).`)
  }
  const parsed = rulesFile.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new UserError(`${fileName}: ${issue.path.join('.') || 'the file'}: ${issue.message}.`)
  }
  return parsed.data.rules.flatMap((rule) => {
    const options = { tag: rule.tag, caseSensitive: rule.caseSensitive, wholeWord: rule.wholeWord }
    return [
      ...rule.phrases.map((pattern) => ({ ...options, kind: 'phrase' as const, pattern })),
      ...rule.regexes.map((pattern) => ({ ...options, kind: 'regex' as const, pattern }))
    ]
  })
}
