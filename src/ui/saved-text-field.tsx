/**
 * A text field that saves what is typed: at most every SAVE_DELAY_MS while typing, and at once
 * when the field is left, the screen closes, or the page is hidden or closed (lib/pending-edits),
 * so nothing typed is lost and a word is one write, not one per letter. While focused it keeps
 * its own text, so a slower database echo never moves the caret; otherwise it shows the stored
 * value. Words stored elsewhere meanwhile (another tab) are shown or offered, never lost
 * (use-edits-elsewhere.ts).
 */
import { useCallback, useEffect, useId, useRef, useState, type FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { holdPendingEdit } from '../lib/pending-edits';
import { useEditsElsewhere } from './use-edits-elsewhere';

export const SAVE_DELAY_MS = 300;

/**
 * Saves the latest value after a quiet moment, or at once when flushed. While `isHeld()` is true
 * the quiet moment stores nothing: the value waits for a flush (leaving the field, closing the
 * page) or to be dropped.
 */
function useDelayedSave(onSave: (value: string) => void, isHeld: () => boolean) {
  const latest = useRef({ onSave, isHeld });
  useEffect(() => {
    latest.current = { onSave, isHeld };
  });
  const waiting = useRef<{ value: string; timer: number; release: () => void } | null>(null);
  const flush = useCallback(() => {
    const edit = waiting.current;
    if (!edit) return;
    waiting.current = null;
    window.clearTimeout(edit.timer);
    edit.release();
    latest.current.onSave(edit.value);
  }, []);
  const drop = useCallback(() => {
    const edit = waiting.current;
    if (!edit) return;
    waiting.current = null;
    window.clearTimeout(edit.timer);
    edit.release();
  }, []);
  const schedule = useCallback(
    (value: string) => {
      const edit = waiting.current;
      if (edit) {
        edit.value = value;
        return;
      }
      const onQuiet = () => {
        if (!latest.current.isHeld()) flush();
      };
      waiting.current = {
        value,
        timer: window.setTimeout(onQuiet, SAVE_DELAY_MS),
        release: holdPendingEdit(flush),
      };
    },
    [flush],
  );
  useEffect(() => flush, [flush]);
  return { schedule, flush, drop };
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
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const choices = useRef<HTMLDivElement>(null);
  const [draft, setDraft] = useState(value);
  const [isEditing, setEditing] = useState(false);
  const other = useEditsElsewhere({
    stored: value,
    draft,
    isEditing,
    show: setDraft,
    isMultiline,
    maxLength,
  });
  const { schedule, flush, drop } = useDelayedSave(
    (text) => {
      // Left, or the page closed, before choosing: both are kept.
      const kept = other.elsewhere === null ? text : other.bothOf(text);
      if (other.elsewhere !== null) {
        other.resolve();
        setDraft(kept);
      }
      other.noteSaved(kept);
      onSave(kept);
    },
    () => other.elsewhere !== null,
  );
  const takeNewer = () => {
    drop();
    other.resolve();
    setDraft(other.elsewhere ?? draft);
    input.current?.focus();
  };
  const keepBoth = () => {
    const both = other.bothOf(draft);
    drop();
    other.resolve();
    setDraft(both);
    other.noteSaved(both);
    onSave(both);
    input.current?.focus();
  };
  const shared = {
    id,
    ref: input,
    className: `field__input ${className ?? ''}`,
    value: isEditing ? draft : value,
    placeholder,
    maxLength,
    // Typed words take their own direction (a date field keeps the page's); and the browser
    // keeps no copy of them to restore the form or suggest them again (staff notes,
    // safeguarding details): what is stored is the app's, and erasing it erases it.
    dir: type === 'text' ? 'auto' : undefined,
    autoComplete: 'off',
    'aria-describedby': hint ? `${id}-hint` : undefined,
    onFocus: () => {
      if (isEditing) return;
      setDraft(value);
      other.begin(value);
      setEditing(true);
    },
    onBlur: (event: FocusEvent<HTMLElement>) => {
      // Choosing between the texts keeps the field in its edit.
      if (choices.current?.contains(event.relatedTarget)) return;
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
      {other.elsewhere !== null ? (
        <div className="field-elsewhere" ref={choices}>
          <p role="status">
            {t('textField.changedElsewhere')}{' '}
            <bdi className="field-elsewhere__words">{other.elsewhere}</bdi>
          </p>
          <button type="button" className="button button--quiet" onClick={takeNewer}>
            {t('textField.useNewer')}
          </button>
          <button type="button" className="button button--quiet" onClick={keepBoth}>
            {t('textField.keepBoth')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
