/**
 * "Staff": the only way out of Together, through the staff PIN (Together never opens without one:
 * first-pin.tsx). It also asks for full screen while Together is open.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PinHash } from '../../domain/staff-pin';
import { exitFullscreenQuietly, requestFullscreenQuietly } from '../../lib/fullscreen';
import { useStaffPin } from '../../storage/pin-repo';
import { PinDialog } from './pin-dialog';
import './lock.css';

export interface StaffExitProps {
  /** Ends Together and goes to the staff screens; called only once the lock is passed. */
  readonly onLeave: () => void;
}

/**
 * Full screen needs a fresh tap or key: try on opening (the "Start together" tap is still fresh)
 * and again on any later tap, since a reload or the browser's Escape ends it.
 */
function useFullscreenWhileOpen(): void {
  useEffect(() => {
    requestFullscreenQuietly();
    document.addEventListener('click', requestFullscreenQuietly, true);
    return () => document.removeEventListener('click', requestFullscreenQuietly, true);
  }, []);
}

function PinExit({ stored, onUnlock }: { stored: PinHash; onUnlock: () => void }) {
  const { t } = useTranslation('lock');
  const [isOpen, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button button--quiet" onClick={() => setOpen(true)}>
        {t('staff')}
      </button>
      {isOpen ? (
        <PinDialog stored={stored} onUnlock={onUnlock} onCancel={() => setOpen(false)} />
      ) : null}
    </>
  );
}

export function StaffExit({ onLeave }: StaffExitProps) {
  const { t } = useTranslation('lock');
  const stored = useStaffPin();
  useFullscreenWhileOpen();
  const leave = useCallback(() => {
    void exitFullscreenQuietly().then(onLeave);
  }, [onLeave]);

  // While the PIN is loading the button waits too: leaving must never skip a PIN that exists.
  // (Without a PIN, Together shows only the PIN set-up, never this button.)
  if (!stored) {
    return (
      <button type="button" className="button button--quiet" aria-disabled="true">
        {t('staff')}
      </button>
    );
  }
  return <PinExit stored={stored} onUnlock={leave} />;
}
