import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react'
import {
  APPROXIMATE_CUES,
  CLAIM_STATUSES,
  FIGURE_UNITS,
  formatFigureValue,
  parseFigureValue
} from '../../../shared/attribute-values'
import type { AnnotationPatch } from '../../../shared/editing'
import type { Annotation, Attributes, Tag } from '../../../shared/model'
import { api } from '../api'

interface Props {
  annotation: Annotation
  tags: Tag[]
  onSave: (patch: AnnotationPatch) => Promise<unknown>
  onClose: () => void
}

type Fields = Record<string, string | boolean>

/** The form's fields from an annotation's attributes (every value as the analyst types it). */
function fieldsOf(annotation: Annotation): Fields {
  const a = annotation.attributes
  const text = (key: string) => (a[key] === undefined || a[key] === null ? '' : String(a[key]))
  return {
    speaker: text('speaker'),
    value: formatFigureValue(a),
    unit: text('unit'),
    zone: text('zone'),
    approximate: a.approximate === true,
    qualifier: text('qualifier'),
    status: text('status'),
    claimant: text('claimant'),
    note: annotation.note
  }
}

/** The attributes the form describes, or the problem with what was typed. */
function attributesOf(tag: string, fields: Fields, previous: Attributes): Attributes | string {
  const own = ['speaker', 'value', 'valueHigh', 'unit', 'zone', 'approximate', 'qualifier', 'status', 'claimant']
  // Attributes the form does not show (from other tools or the suggester) are kept as they are.
  const kept = Object.fromEntries(Object.entries(previous).filter(([key]) => !own.includes(key)))
  const str = (key: string) => String(fields[key] ?? '').trim()
  if (tag === 'quote') return { ...kept, speaker: str('speaker') }
  if (tag === 'claim') return { ...kept, status: str('status'), claimant: str('claimant') }
  if (tag !== 'figure') return { ...previous }
  const unit = str('unit')
  const value = parseFigureValue(str('value'), unit)
  if (!value) return `“${str('value')}” is not a number or a range such as 60,000–90,000.`
  const qualifier = str('qualifier')
  const figure: Attributes = { ...kept, unit, zone: str('zone'), qualifier }
  if (value.value !== undefined) figure.value = value.value
  if (value.valueHigh !== undefined) figure.valueHigh = value.valueHigh
  if (fields.approximate === true) figure.approximate = true
  return figure
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="field">
      <span>{label}</span>
      {children}
    </label>
  )
}

/** Completion for speakers and claimants: values already used in the corpus. */
function useCompletion(attribute: 'speaker' | 'claimant', prefix: string, enabled: boolean): string[] {
  const [values, setValues] = useState<string[]>([])
  useEffect(() => {
    if (!enabled) return
    let live = true
    api.listAttributeValues({ attribute, prefix }).then(
      (found) => live && setValues(found),
      () => undefined
    )
    return () => {
      live = false
    }
  }, [attribute, prefix, enabled])
  return values
}

/**
 * The focused annotation's attributes and note, by tag: a quote's speaker, a figure's value, unit and
 * approximation, a claim's status and claimant. Enter (Ctrl+Enter in the note) saves as one undo step;
 * Escape closes.
 */
export function AttributesPanel({ annotation, tags, onSave, onClose }: Props) {
  const [fields, setFields] = useState<Fields>(() => fieldsOf(annotation))
  const [problem, setProblem] = useState<string | null>(null)
  const formRef = useRef<HTMLFormElement>(null)
  const tag = annotation.tag
  const label = tags.find((t) => t.name === tag)?.label ?? tag
  const speakers = useCompletion('speaker', String(fields.speaker), tag === 'quote')
  const claimants = useCompletion('claimant', String(fields.claimant), tag === 'claim')
  const set = (key: string) => (value: string | boolean) => setFields((f) => ({ ...f, [key]: value }))

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus()
  }, [])

  const save = async (event?: FormEvent) => {
    event?.preventDefault()
    const attributes = attributesOf(tag, fields, annotation.attributes)
    if (typeof attributes === 'string') return setProblem(attributes)
    setProblem(null)
    if (await onSave({ attributes, note: String(fields.note) })) onClose()
  }

  const text = (key: string, list?: string) => (
    <input list={list} value={String(fields[key])} onChange={(e) => set(key)(e.target.value)} />
  )

  return (
    <section className="attributes-panel" aria-label={`Attributes of ${label}`}>
      <form
        ref={formRef}
        onSubmit={(event) => void save(event)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault()
            onClose()
          }
          if (event.key === 'Enter' && event.ctrlKey) void save()
        }}
      >
        <h2>
          {label} <span className="muted">“{annotation.quote.exact.slice(0, 60)}”</span>
        </h2>
        {tag === 'quote' && <Field label="Speaker">{text('speaker', 'speakers')}</Field>}
        {tag === 'figure' && (
          <>
            <Field label="Value">{text('value')}</Field>
            <Field label="Unit">{text('unit', 'units')}</Field>
            {fields.unit === 'time' && <Field label="Time zone">{text('zone')}</Field>}
            <label className="check">
              <input
                type="checkbox"
                checked={fields.approximate === true}
                onChange={(e) => set('approximate')(e.target.checked)}
              />
              Approximate
            </label>
            <Field label="Qualifier">{text('qualifier', 'qualifiers')}</Field>
          </>
        )}
        {tag === 'claim' && (
          <>
            <Field label="Status">
              <select value={String(fields.status)} onChange={(e) => set('status')(e.target.value)}>
                <option value="">not set</option>
                {CLAIM_STATUSES.map((s) => (
                  <option key={s}>{s}</option>
                ))}
              </select>
            </Field>
            <Field label="Claimant">{text('claimant', 'claimants')}</Field>
          </>
        )}
        <Field label="Note">
          <textarea rows={3} value={String(fields.note)} onChange={(e) => set('note')(e.target.value)} />
        </Field>
        {problem && (
          <p className="form-error" role="alert">
            {problem}
          </p>
        )}
        <div className="form-actions">
          <button type="submit">Save attributes</button>
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
        <datalist id="speakers">
          {speakers.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
        <datalist id="claimants">
          {claimants.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
        <datalist id="units">
          {FIGURE_UNITS.map((u) => (
            <option key={u} value={u} />
          ))}
        </datalist>
        <datalist id="qualifiers">
          {APPROXIMATE_CUES.map((u) => (
            <option key={u} value={u} />
          ))}
        </datalist>
      </form>
    </section>
  )
}
