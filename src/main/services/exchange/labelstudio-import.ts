// Reads Label Studio JSON tasks into external articles: the text from data.text, spans from `labels`
// results in `annotations` (cancelled ones skipped) and `predictions`, attributes from the other
// results of the same region id. Offsets are code points.
import { z } from 'zod'
import { UserError } from '../../../shared/errors'
import type { AttributeValue, Attributes } from '../../../shared/model'
import { FORBIDDEN_KEYS, type ExternalAnnotation, type ExternalArticle } from './import-external'

const resultSchema = z.object({
  id: z.string().min(1),
  from_name: z.string().min(1),
  type: z.string(),
  value: z.record(z.string(), z.unknown()),
  meta: z
    .object({
      text: z.array(z.string()).optional(),
      wb: z
        .object({
          creator: z.object({ id: z.string(), name: z.string() }),
          created: z.iso.datetime({ offset: true }),
          modified: z.iso.datetime({ offset: true })
        })
        .optional()
    })
    .optional()
})

const entrySchema = z.object({ result: z.array(resultSchema), was_cancelled: z.boolean().optional() })

const taskSchema = z.object({
  data: z.looseObject({
    text: z.string(),
    title: z.string().optional(),
    outlet: z.string().nullable().optional(),
    url: z.string().nullable().optional(),
    publishedDate: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date must be written YYYY-MM-DD')
      .nullable()
      .optional()
  }),
  annotations: z.array(entrySchema).optional(),
  predictions: z.array(entrySchema).optional()
})

type Result = z.infer<typeof resultSchema>

/** An attribute value from a non-label result, or undefined for a result type we do not read. */
function attributeValue(result: Result): AttributeValue | undefined {
  const { value } = result
  if (result.type === 'number' && typeof value.number === 'number') return value.number
  if (result.type === 'textarea' && Array.isArray(value.text)) return value.text.join('\n')
  if (result.type === 'choices' && Array.isArray(value.choices) && value.choices.length === 1) {
    const [choice] = value.choices as unknown[]
    return choice === 'true' ? true : choice === 'false' ? false : String(choice)
  }
  return undefined
}

function spanOf(where: string, result: Result): { startCp: number; endCp: number } {
  const { start, end } = result.value
  if (!Number.isInteger(start) || !Number.isInteger(end))
    throw new UserError(`${where}: value.start and value.end must be whole numbers`)
  return { startCp: start as number, endCp: end as number }
}

/** The annotations of one task's results. */
function annotationsOf(where: string, results: Result[]): ExternalAnnotation[] {
  const regions = new Map<string, ExternalAnnotation>()
  for (const result of results.filter((r) => r.type === 'labels')) {
    const at = `${where} result ${result.id}`
    const labels = result.value.labels
    if (!Array.isArray(labels) || labels.length !== 1 || typeof labels[0] !== 'string') {
      throw new UserError(`${at}: a region needs exactly one label; the workbench gives each annotation one tag`)
    }
    const wb = result.meta?.wb
    const text = result.value.text
    regions.set(result.id, {
      where: at,
      tag: labels[0],
      ...spanOf(at, result),
      exact: typeof text === 'string' ? text : undefined,
      attributes: {},
      note: result.meta?.text?.join('\n') ?? '',
      meta: wb && { id: result.id, ...wb }
    })
  }
  for (const result of results.filter((r) => r.type !== 'labels')) {
    const region = regions.get(result.id)
    const value = attributeValue(result)
    if (!region || value === undefined) {
      throw new UserError(
        `${where} result ${result.id}: a ${result.type} result the workbench cannot attach to a labelled span`
      )
    }
    if (FORBIDDEN_KEYS.has(result.from_name)) {
      throw new UserError(`${where} result ${result.id}: "${result.from_name}" cannot be an attribute name`)
    }
    ;(region.attributes as Attributes)[result.from_name] = value
  }
  return [...regions.values()]
}

/** The articles of a Label Studio export (an array of tasks, or one task), or a UserError naming the task. */
export function readLabelStudio(file: string, json: unknown): ExternalArticle[] {
  const tasks = Array.isArray(json) ? json : [json]
  return tasks.map((raw: unknown, index) => {
    const where = `task ${index + 1}`
    const parsed = taskSchema.safeParse(raw)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      throw new UserError(`${file}: ${where}: ${issue.path.join('.')}: ${issue.message}`)
    }
    const { data, annotations = [], predictions = [] } = parsed.data
    const entries = [...annotations.filter((entry) => !entry.was_cancelled), ...predictions]
    return {
      file,
      title:
        data.title ??
        data.text
          .split('\n')
          .find((line) => line.trim() !== '')
          ?.trim()
          .slice(0, 200) ??
        'Untitled',
      text: data.text,
      url: data.url ?? null,
      outlet: data.outlet ?? null,
      publishedDate: data.publishedDate ?? null,
      annotations: annotationsOf(
        where,
        entries.flatMap((entry) => entry.result)
      )
    }
  })
}
