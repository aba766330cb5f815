import { useId, type Ref } from 'react';

export interface PinFieldProps {
  readonly ref?: Ref<HTMLInputElement>;
  /** Given when the caller moves focus to the field by id. */
  readonly id?: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** "new-password" where a PIN is chosen; "off" where it is typed to unlock. */
  readonly autoComplete: 'new-password' | 'off';
  readonly describedBy?: string;
  readonly isInvalid?: boolean;
}

/**
 * A PIN field: digits keyboard on tablets, hidden characters, and pasting allowed (WCAG 3.3.8:
 * no copying-by-hand test to get in). Length is checked on save, not capped while typing, so a
 * pasted PIN is never silently cut short.
 */
export function PinField(props: PinFieldProps) {
  const { ref, label, value, onChange, autoComplete, describedBy, isInvalid } = props;
  const ownId = useId();
  const id = props.id ?? ownId;
  return (
    <div className="pin-field">
      <label htmlFor={id}>{label}</label>
      <input
        ref={ref}
        id={id}
        type="password"
        inputMode="numeric"
        autoComplete={autoComplete}
        spellCheck={false}
        aria-describedby={describedBy}
        aria-invalid={isInvalid ?? false}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
