/**
 * A text field that saves what is typed: at most every SAVE_DELAY_MS while typing, and at once
 * when the field is left, the screen closes, or the page is hidden or closed (lib/pending-edits),
 * so nothing typed is lost and a word is one write, not one per letter. While focused it keeps
 * its own text, so a slower database echo never moves the caret; otherwise it shows the stored
 * value.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { holdPendingEdit } from '../lib/pending-edits';

export const SAVE_DELAY_MS = 300;

/** Saves the latest value after a quiet moment, or at once when flushed. */
function useDelayedSave(onSave: (value: string) => void) {
  const latest = useRef(onSave);
  useEffect(() => {
    latest.current = onSave;
  });
  const waiting = useRef<{ value: string; timer: number; release: () => void } | null>(null);
  const flush = useCallback(() => {
    const edit = waiting.current;
    if (!edit) return;
    waiting.current = null;
    window.clearTimeout(edit.timer);
    edit.release();
    latest.current(edit.value);
  }, []);
  const schedule = useCallback(
    (value: string) => {
      const edit = waiting.current;
      if (edit) {
        edit.value = value;
        return;
      }
      waiting.current = {
        value,
        timer: window.setTimeout(flush, SAVE_DELAY_MS),
        release: holdPendingEdit(flush),
      };
    },
    [flush],
  );
  useEffect(() => flush, [flush]);
  return { schedule, flush };
}

export interface SavedTextFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onSave: (value: string) => void;
  readonly hint?: string;
  readonly placeholder?: string;
  readonly maxLength?: number;
  readonly isMultiline?: boolean;
  readonly type?: 'text' | 'datetime-local' | 'date';
  readonly className?: string;
  /** Label only for screen readers, when the field's purpose is shown another way. */
  readonly isLabelHidden?: boolean;
}

export function SavedTextField(props: SavedTextFieldProps) {
  const {
    label,
    value,
    onSave,
    hint,
    placeholder,
    maxLength,
    isMultiline = false,
    type = 'text',
    className,
    isLabelHidden = false,
  } = props;
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [isEditing, setEditing] = useState(false);
  const { schedule, flush } = useDelayedSave(onSave);
  const shared = {
    id,
    className: `field__input ${className ?? ''}`,
    value: isEditing ? draft : value,
    placeholder,
    maxLength,
    'aria-describedby': hint ? `${id}-hint` : undefined,
    onFocus: () => {
      setDraft(value);
      setEditing(true);
    },
    onBlur: () => {
      flush();
      setEditing(false);
    },
    onChange: (event: { target: { value: string } }) => {
      setDraft(event.target.value);
      schedule(event.target.value);
    },
  };
  return (
    <div className="field">
      <label htmlFor={id} className={isLabelHidden ? 'visually-hidden' : 'field__label'}>
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {isMultiline ? <textarea rows={4} {...shared} /> : <input type={type} {...shared} />}
    </div>
  );
}
