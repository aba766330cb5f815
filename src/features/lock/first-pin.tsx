/**
 * Together never opens without a staff PIN (issue 10, point 2). The first time, staff choose one
 * right here, before the individual sees anything, with their name for the activity log. Until it
 * is saved nothing of the conversation is shown; "Not now" goes back to the person's page.
 */
import { useId, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { saveStaffName } from '../../storage/audit-repo';
import { PinField } from './pin-field';
import { StaffNameField, useTypedStaffName } from './staff-name-field';
import { usePinForm, type PinFormField } from './use-pin-form';
import './lock.css';

export interface FirstPinProps {
  /** The person the conversation is with, named in the words. */
  readonly personName: string;
  readonly onNotNow: () => void;
}

export function FirstPin({ personName, onNotNow }: FirstPinProps) {
  const { t } = useTranslation('lock');
  const id = useId();
  const [headingId, introId, hintId, messageId] = [
    `${id}-heading`,
    `${id}-intro`,
    `${id}-hint`,
    `${id}-message`,
  ];
  const fieldId = (field: PinFormField) => `${id}-${field}`;
  const { values, message, invalid, isSaving, change, save } = usePinForm(null);
  const [name, setName] = useTypedStaffName();

  async function submit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    // The name is kept first, so the activity log names who set the PIN.
    if (name.trim() !== '') await saveStaffName(name).catch(() => undefined);
    const needsAttention = await save();
    if (needsAttention) document.getElementById(fieldId(needsAttention))?.focus();
  }

  const fieldProps = (field: 'next' | 'confirm', label: string, describedBy: string) => ({
    id: fieldId(field),
    label,
    value: values[field],
    onChange: (value: string) => change(field, value),
    autoComplete: 'new-password' as const,
    describedBy,
    isInvalid: invalid === field,
  });

  let status = '';
  if (isSaving) status = t('settings.saving');
  else if (message && message !== 'saved') status = t(`settings.${message}`);
  return (
    <main className="screen first-pin" id="main">
      <section aria-labelledby={headingId} aria-describedby={introId} className="panel">
        <h1 id={headingId}>{t('firstPin.heading')}</h1>
        <p id={introId}>{t('firstPin.intro', { name: personName })}</p>
        <p>{t('firstPin.keep')}</p>
        <form onSubmit={(event) => void submit(event)} noValidate>
          <StaffNameField value={name} onChange={setName} hint={t('firstPin.nameHint')} />
          <PinField {...fieldProps('next', t('settings.newPin'), `${hintId} ${messageId}`)} />
          <p id={hintId} className="field-hint">
            {t('settings.pinHint')}
          </p>
          <PinField {...fieldProps('confirm', t('settings.confirmPin'), messageId)} />
          <p id={messageId} className="lock-message" aria-live="polite">
            {status}
          </p>
          <div className="actions">
            <button type="submit" className="button">
              {t('firstPin.save')}
            </button>
            <button type="button" className="button button--quiet" onClick={onNotNow}>
              {t('firstPin.notNow')}
            </button>
          </div>
        </form>
      </section>
    </main>
  );
}
