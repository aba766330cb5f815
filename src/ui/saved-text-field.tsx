/**
 * A text field that saves every change as it is typed. While focused it keeps its own text, so
 * a slower database echo never moves the caret; otherwise it shows the stored value.
 */
import { useId, useState } from 'react';

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
    onBlur: () => setEditing(false),
    onChange: (event: { target: { value: string } }) => {
      setDraft(event.target.value);
      onSave(event.target.value);
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
