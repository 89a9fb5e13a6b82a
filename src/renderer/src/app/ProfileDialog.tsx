import { useState, type FormEvent } from 'react'
import { Dialog } from '../panels/Dialog'

/** First run: asks the analyst's name, which is stamped on every annotation they make. */
export function ProfileDialog({ onSave }: { onSave: (name: string) => Promise<void> }) {
  const [name, setName] = useState('')
  const [error, setError] = useState<string | null>(null)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    try {
      await onSave(name)
    } catch (caught) {
      setError((caught as Error).message)
    }
  }
  return (
    <Dialog className="modal" labelledBy="profile-title" onSubmit={submit}>
      <h2 id="profile-title">Who is annotating?</h2>
      <p>Your name is stamped on every annotation you make and travels with your bundles.</p>
      <label>
        Your name
        <input autoFocus value={name} onChange={(event) => setName(event.target.value)} />
      </label>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <button type="submit" disabled={!name.trim()}>
        Start annotating
      </button>
    </Dialog>
  )
}
