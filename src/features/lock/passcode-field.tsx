import { useId } from 'react';

export interface PasscodeFieldProps {
  readonly id?: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** "new-password" where a passcode is chosen; "current-password" where it is typed to open. */
  readonly autoComplete: 'new-password' | 'current-password' | 'off';
  readonly describedBy?: string;
  readonly isInvalid?: boolean;
}

/** A passcode or recovery key: hidden where it is a passcode, pasting always allowed. */
export function PasscodeField(props: PasscodeFieldProps & { readonly isHidden?: boolean }) {
  const ownId = useId();
  const id = props.id ?? ownId;
  return (
    <div className="passcode-field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type={props.isHidden === false ? 'text' : 'password'}
        autoComplete={props.autoComplete}
        autoCapitalize="off"
        spellCheck={false}
        aria-describedby={props.describedBy}
        aria-invalid={props.isInvalid ?? false}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </div>
  );
}
