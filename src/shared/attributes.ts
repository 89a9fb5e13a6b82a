// The attributes each built-in tag carries, shared by the editor's side panel, the suggester, the
// comparison tables and every exchange format (the values themselves are in attribute-values.ts). Attributes are stored flat (`Attributes` in model.ts),
// so each field here is a string, number or boolean; a field that is absent is simply unknown.
import { z } from 'zod'
import type { Attributes } from './model'
import { CLAIM_STATUSES } from './attribute-values'

const name = z.string().trim().min(1).max(200)
/** Fields beyond a tag's own: analysts and other tools add their own flat attributes. */
const extra = z.union([z.string().max(2000), z.number().finite(), z.boolean()])

/** quote: who said it. */
export const quoteAttributes = z.object({ speaker: name.optional() }).catchall(extra)

/**
 * figure: `value` is the number, or the low end of a range whose high end is `valueHigh`
 * ("60,000 to 90,000" → value 60000, valueHigh 90000). Dates and clock times keep their normalised
 * form in `value` as a string: unit "date" → "2021-12-30", or "--12-30" when the text gives no year
 * (ISO 8601's form without a year); unit "time" → "15:35" with the zone, if stated, in `zone` ("EST").
 */
export const figureAttributes = z
  .object({
    value: z.union([z.number().finite(), z.string().trim().min(1).max(40)]).optional(),
    valueHigh: z.number().finite().optional(),
    unit: z.string().trim().min(1).max(40).optional(),
    zone: z.string().trim().min(1).max(20).optional(),
    approximate: z.boolean().optional(),
    /** The cue that made it approximate ("nearly"). */
    qualifier: z.string().trim().min(1).max(40).optional()
  })
  .catchall(extra)
  .refine((f) => f.valueHigh === undefined || (typeof f.value === 'number' && f.valueHigh >= f.value), {
    message: 'a range needs a numeric low value no greater than its high value'
  })

/** claim: how far it holds up, and who makes it. */
export const claimAttributes = z
  .object({ status: z.enum(CLAIM_STATUSES).optional(), claimant: name.optional() })
  .catchall(extra)

const ATTRIBUTE_SCHEMAS: Record<string, z.ZodType<Attributes>> = {
  quote: quoteAttributes as z.ZodType<Attributes>,
  figure: figureAttributes as z.ZodType<Attributes>,
  claim: claimAttributes as z.ZodType<Attributes>
}

/** Any tag's attributes: flat, with short keys and scalar values. User-defined tags take any such map. */
export const anyAttributes = z.record(
  z.string().min(1).max(64),
  z.union([z.string().max(2000), z.number().finite(), z.boolean(), z.null()])
)

/**
 * Checks attributes for a tag and returns them cleaned (trimmed, empty strings dropped), or the
 * problem in the analyst's words.
 */
export function checkAttributes(
  tag: string,
  attributes: Attributes
): { ok: true; attributes: Attributes } | { ok: false; problem: string } {
  const cleaned: Attributes = {}
  for (const [key, value] of Object.entries(attributes)) {
    if (value === null || value === '') continue
    cleaned[key] = typeof value === 'string' ? value.trim() : value
  }
  const schema = ATTRIBUTE_SCHEMAS[tag] ?? anyAttributes
  const result = schema.safeParse(cleaned)
  if (result.success) return { ok: true, attributes: result.data }
  const issue = result.error.issues[0]
  const where = issue.path.length ? `${issue.path.join('.')}: ` : ''
  return { ok: false, problem: `${where}${issue.message}` }
}
