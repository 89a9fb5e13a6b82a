// The frame every dialog of the workbench shares: a backdrop, a modal element with the dialog role and
// an accessible name, and the keyboard held by the dialog — its keys go no further (the workbench's
// tag and delete keys must not act behind it) and Escape closes it, where it can be closed.
import type { FormEvent, KeyboardEvent, ReactNode } from 'react'

interface Props {
  /** The id of the heading that names the dialog; or `label`, for a dialog without one. */
  labelledBy?: string
  label?: string
  /** Classes of the modal element and of its backdrop. */
  className: string
  backdropClassName?: string
  /** Escape; a dialog without it (the first run's question) stays until it is answered. */
  onClose?: () => void
  /** The dialog's own keys, after Escape. */
  onKeyDown?: (event: KeyboardEvent) => void
  /** Makes the modal element a form, submitted by Enter in its fields. */
  onSubmit?: (event: FormEvent) => void
  children: ReactNode
}

export function Dialog({
  labelledBy,
  label,
  className,
  backdropClassName = 'modal-backdrop',
  onClose,
  onKeyDown,
  onSubmit,
  children
}: Props) {
  const keys = (event: KeyboardEvent) => {
    event.stopPropagation()
    if (event.key === 'Escape' && onClose) return onClose()
    onKeyDown?.(event)
  }
  const frame = {
    className,
    role: 'dialog',
    'aria-modal': true,
    'aria-labelledby': labelledBy,
    'aria-label': label,
    onKeyDown: keys
  } as const
  return (
    <div className={backdropClassName}>
      {onSubmit ? (
        <form {...frame} onSubmit={onSubmit}>
          {children}
        </form>
      ) : (
        <div {...frame}>{children}</div>
      )}
    </div>
  )
}
