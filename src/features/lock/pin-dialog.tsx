import { useId, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PinHash } from '../../domain/staff-pin';
import { saveStaffName } from '../../storage/audit-repo';
import { ModalDialog } from '../../ui/modal-dialog';
import { PinField } from './pin-field';
import { StaffNameField, useTypedStaffName } from './staff-name-field';
import { usePinCheck } from './use-pin-check';
import { WaitLeft } from './wait-left';

export interface PinDialogProps {
  readonly stored: PinHash;
  readonly onUnlock: () => void;
  readonly onCancel: () => void;
}

/** The staff PIN prompt for leaving Together. Calm words: a PIN that does not match is no fault. */
export function PinDialog({ stored, onUnlock, onCancel }: PinDialogProps) {
  const { t } = useTranslation('lock');
  const id = useId();
  const [titleId, introId, messageId] = [`${id}-title`, `${id}-intro`, `${id}-message`];
  const field = useRef<HTMLInputElement>(null);
  const [pin, setPin] = useState('');
  // The name goes into the audit log with what staff do next; it starts as the last one given.
  const [name, setName] = useTypedStaffName();
  const { outcome, waitLeft, isKnown, check } = usePinCheck(stored, () => {
    void saveStaffName(name).finally(onUnlock);
  });
  // A try being checked may itself have begun a wait (the fifth of a round): say "Checking…" first.
  const isChecking = outcome === 'checking';
  const isWaiting = waitLeft > 0;

  async function submit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    if ((await check(pin)) !== 'no-match') return;
    setPin('');
    field.current?.focus();
  }

  let message = '';
  if (isChecking) message = t('dialog.checking');
  else if (isWaiting) message = t('dialog.wait');
  else if (outcome === 'no-match') message = t('dialog.noMatch');
  return (
    <ModalDialog labelledBy={titleId} describedBy={introId} onClose={onCancel}>
      <form className="pin-dialog" onSubmit={(e) => void submit(e)} noValidate>
        <h2 id={titleId}>{t('dialog.title')}</h2>
        <p id={introId}>{t('dialog.intro')}</p>
        <PinField
          ref={field}
          label={t('dialog.pin')}
          value={pin}
          onChange={setPin}
          autoComplete="off"
          describedBy={messageId}
          isInvalid={outcome === 'no-match' && !isWaiting}
        />
        <StaffNameField value={name} onChange={setName} hint={t('dialog.nameHint')} />
        <p id={messageId} className="lock-message" aria-live="polite">
          {message}
        </p>
        {isChecking ? null : <WaitLeft waitLeft={waitLeft} />}
        <div className="actions">
          <button type="submit" className="button" disabled={isWaiting || !isKnown}>
            {t('dialog.unlock')}
          </button>
          <button type="button" className="button button--quiet" onClick={onCancel}>
            {t('dialog.cancel')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
