/**
 * "Your name", asked where staff unlock or set the PIN: kept with what they do next in the
 * activity log. It starts as the last name given on this tablet.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_STAFF_NAME_LENGTH, useStaffName } from '../../storage/audit-repo';

/** The name typed here, or else the last one stored. */
export function useTypedStaffName(): [string, (name: string) => void] {
  const storedName = useStaffName();
  const [typedName, setName] = useState<string | null>(null);
  return [typedName ?? storedName ?? '', setName];
}

export interface StaffNameFieldProps {
  readonly value: string;
  readonly onChange: (name: string) => void;
  /** Why the name is asked here. */
  readonly hint: string;
}

export function StaffNameField({ value, onChange, hint }: StaffNameFieldProps) {
  const { t } = useTranslation('lock');
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={`${id}-name`}>
        {t('dialog.name')}
      </label>
      <p id={`${id}-name-hint`} className="field-hint">
        {hint}
      </p>
      <input
        id={`${id}-name`}
        className="field__input"
        autoComplete="name"
        dir="auto"
        maxLength={MAX_STAFF_NAME_LENGTH}
        aria-describedby={`${id}-name-hint`}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
