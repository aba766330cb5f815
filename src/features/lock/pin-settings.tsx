import { useId, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PinHash } from '../../domain/staff-pin';
import { useStaffPin } from '../../storage/pin-repo';
import { PinField } from './pin-field';
import { usePinForm, type PinFormField } from './use-pin-form';
import { usePinWait } from './use-pin-wait';
import { WaitLeft } from './wait-left';
import './lock.css';

/** Settings → Staff PIN: whether one is set, and the form to choose or change it. */
export function PinSettings() {
  const stored = useStaffPin();
  if (stored === undefined) return null;
  return <PinForm stored={stored} />;
}

function PinForm({ stored }: { stored: PinHash | null }) {
  const { t } = useTranslation('lock');
  const id = useId();
  const [headingId, hintId, messageId] = [`${id}-heading`, `${id}-hint`, `${id}-message`];
  const fieldId = (field: PinFormField) => `${id}-${field}`;
  const { values, message, invalid, isSaving, change, save } = usePinForm(stored);
  const { waitLeft } = usePinWait();
  // "Please wait" is said only while the wait lasts; the time left follows it outside the live
  // region, so a screen reader is not read every second.
  const isWaitOver = message === 'wait' && waitLeft === 0;

  async function submit(isRemoving: boolean) {
    const needsAttention = await save(isRemoving);
    if (needsAttention) document.getElementById(fieldId(needsAttention))?.focus();
  }

  const fieldProps = (field: PinFormField, label: string, describedBy: string) => ({
    id: fieldId(field),
    label,
    value: values[field],
    onChange: (value: string) => change(field, value),
    autoComplete: 'new-password' as const,
    describedBy,
    isInvalid: invalid === field && message !== 'saved' && message !== 'removed',
  });

  let status = '';
  if (isSaving) status = t('settings.saving');
  else if (message && !isWaitOver) status = t(`settings.${message}`);
  return (
    <section aria-labelledby={headingId} className="panel pin-settings">
      <h2 id={headingId}>{t('settings.heading')}</h2>
      <p>{stored ? t('settings.isSet') : t('settings.notSet')}</p>
      <form
        onSubmit={(event: SyntheticEvent<HTMLFormElement>) => {
          event.preventDefault();
          void submit(false);
        }}
        noValidate
      >
        {stored ? (
          <PinField {...fieldProps('current', t('settings.currentPin'), messageId)} />
        ) : null}
        <PinField {...fieldProps('next', t('settings.newPin'), `${hintId} ${messageId}`)} />
        <p id={hintId} className="field-hint">
          {t('settings.pinHint')}
        </p>
        <PinField {...fieldProps('confirm', t('settings.confirmPin'), messageId)} />
        <p id={messageId} className="lock-message" aria-live="polite">
          {status}
        </p>
        {message === 'wait' ? <WaitLeft waitLeft={waitLeft} /> : null}
        <div className="actions">
          <button type="submit" className="button">
            {t('settings.save')}
          </button>
          {stored ? (
            <button
              type="button"
              className="button button--quiet"
              aria-describedby={`${id}-remove-hint`}
              onClick={() => void submit(true)}
            >
              {t('settings.remove')}
            </button>
          ) : null}
        </div>
        {stored ? (
          <p id={`${id}-remove-hint`} className="field-hint">
            {t('settings.removeHint')}
          </p>
        ) : null}
      </form>
    </section>
  );
}
