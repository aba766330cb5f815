/**
 * The recovery key, shown once when protection is set up: to print or save as a file, and
 * confirmed as saved before anything is protected (without it, a forgotten passcode loses every
 * record).
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreparedProtection } from './protection-controls';

export interface RecoveryKeyProps {
  readonly prepared: PreparedProtection;
  readonly onCancel: () => void;
}

function saveAsFile(text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'restory-recovery-key.txt';
  link.click();
  // Revoked once the download has had its chance to start.
  setTimeout(() => URL.revokeObjectURL(url), 5000);
}

/** Prints the key alone: everything else on the page is hidden while the print dialog is open. */
function printAlone(): void {
  document.documentElement.classList.add('printing-recovery-key');
  window.addEventListener(
    'afterprint',
    () => document.documentElement.classList.remove('printing-recovery-key'),
    { once: true },
  );
  window.print();
}

export function RecoveryKey({ prepared, onCancel }: RecoveryKeyProps) {
  const { t } = useTranslation('lock');
  const id = useId();
  const [isSaved, setIsSaved] = useState(false);
  const [isStarting, setIsStarting] = useState(false);
  const { recoveryKey } = prepared;

  async function start() {
    setIsStarting(true);
    await prepared.confirm();
  }

  return (
    <div className="recovery-key" aria-labelledby={`${id}-heading`} role="group">
      <h3 id={`${id}-heading`}>{t('protection.recoveryHeading')}</h3>
      <p id={`${id}-intro`}>{t('protection.recoveryIntro')}</p>
      <p className="recovery-key__key" aria-describedby={`${id}-intro`} translate="no">
        {recoveryKey}
      </p>
      <div className="actions">
        <button type="button" className="button button--quiet" onClick={printAlone}>
          {t('protection.print')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => saveAsFile(t('protection.fileText', { key: recoveryKey }))}
        >
          {t('protection.download')}
        </button>
      </div>
      <label className="recovery-key__saved">
        <input
          type="checkbox"
          checked={isSaved}
          onChange={(event) => setIsSaved(event.target.checked)}
        />
        {t('protection.saved')}
      </label>
      <div className="actions">
        <button
          type="button"
          className="button"
          disabled={!isSaved || isStarting}
          onClick={() => void start()}
        >
          {t('protection.start')}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('protection.cancel')}
        </button>
      </div>
    </div>
  );
}
