/**
 * What the app shows while the records are protected and locked: nothing of any record is on the
 * page. Staff see the passcode prompt (or the recovery reset); during Together, the individual
 * sees a calm pause until staff come (PauseScreen).
 */
import { useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { WaitLeft } from './wait-left';
import { PasscodeField } from './passcode-field';
import { MIN_PASSCODE_LENGTH, useProtectionControls, type TryResult } from './protection-controls';
import './protection.css';

type Message = 'wrong' | 'wrongRecovery' | 'wait' | 'opening' | 'tooShort' | 'mismatch';

function messageOf(result: TryResult, wrong: 'wrong' | 'wrongRecovery'): Message | null {
  if (result.kind === 'opened') return null;
  return result.kind === 'wrong' ? wrong : 'wait';
}

export function LockedScreen() {
  const { t } = useTranslation('lock');
  const [isResetting, setIsResetting] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, [isResetting]);
  return (
    <main className="locked-screen">
      <h1 ref={headingRef} tabIndex={-1}>
        {isResetting ? t('protection.locked.resetHeading') : t('protection.locked.heading')}
      </h1>
      {isResetting ? (
        <ResetForm onBack={() => setIsResetting(false)} />
      ) : (
        <UnlockForm onForgot={() => setIsResetting(true)} />
      )}
    </main>
  );
}

function StaffNameField({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const { t } = useTranslation('lock');
  const id = useId();
  return (
    <div className="passcode-field">
      <label htmlFor={id}>{t('protection.locked.staffName')}</label>
      <input
        id={id}
        type="text"
        autoComplete="name"
        aria-describedby={`${id}-hint`}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      <p id={`${id}-hint`} className="field-hint">
        {t('protection.locked.staffNameHint')}
      </p>
    </div>
  );
}

function useTries() {
  const [message, setMessage] = useState<Message | null>(null);
  const [waitLeft, setWaitLeft] = useState(0);
  useEffect(() => {
    if (waitLeft <= 0) return undefined;
    const timer = setTimeout(() => setWaitLeft((left) => Math.max(0, left - 1000)), 1000);
    return () => clearTimeout(timer);
  }, [waitLeft]);
  return {
    message,
    waitLeft,
    setMessage,
    report(result: TryResult, wrong: 'wrong' | 'wrongRecovery') {
      setWaitLeft(result.kind === 'wait' ? result.waitLeft : 0);
      setMessage(messageOf(result, wrong));
    },
  };
}

function useMessageWords(): Record<Message, string> {
  const { t } = useTranslation('lock');
  return {
    wrong: t('protection.locked.wrong'),
    wrongRecovery: t('protection.locked.wrongRecovery'),
    wait: t('protection.wait'),
    opening: t('protection.locked.opening'),
    tooShort: t('protection.tooShort', { count: MIN_PASSCODE_LENGTH }),
    mismatch: t('protection.mismatch'),
  };
}

function UnlockForm({ onForgot }: { readonly onForgot: () => void }) {
  const { t } = useTranslation('lock');
  const controls = useProtectionControls();
  const id = useId();
  const messageId = `${id}-message`;
  const [passcode, setPasscode] = useState('');
  const [staffName, setStaffName] = useState('');
  const tries = useTries();
  const words = useMessageWords();

  async function submit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    tries.setMessage('opening');
    const result = await controls.unlock(passcode, staffName);
    if (result.kind !== 'opened') setPasscode('');
    tries.report(result, 'wrong');
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <p>{t('protection.locked.intro')}</p>
      <PasscodeField
        label={t('protection.passcode')}
        value={passcode}
        onChange={setPasscode}
        autoComplete="current-password"
        describedBy={messageId}
        isInvalid={tries.message === 'wrong'}
      />
      <StaffNameField value={staffName} onChange={setStaffName} />
      <p id={`${id}-message`} className="lock-message" aria-live="polite">
        {tries.message ? words[tries.message] : ''}
      </p>
      {tries.message === 'wait' ? <WaitLeft waitLeft={tries.waitLeft} /> : null}
      <div className="actions">
        <button type="submit" className="button" disabled={tries.message === 'opening'}>
          {t('protection.locked.unlock')}
        </button>
        <button type="button" className="button button--quiet" onClick={onForgot}>
          {t('protection.locked.forgot')}
        </button>
      </div>
    </form>
  );
}

function ResetForm({ onBack }: { readonly onBack: () => void }) {
  const { t } = useTranslation('lock');
  const controls = useProtectionControls();
  const id = useId();
  const messageId = `${id}-message`;
  const hintAndMessage = `${id}-hint ${messageId}`;
  const [recoveryKey, setRecoveryKey] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [staffName, setStaffName] = useState('');
  const tries = useTries();

  async function submit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    if (Array.from(next).length < MIN_PASSCODE_LENGTH) return tries.setMessage('tooShort');
    if (next !== confirm) return tries.setMessage('mismatch');
    tries.setMessage('opening');
    tries.report(await controls.resetPasscode(recoveryKey, next, staffName), 'wrongRecovery');
  }

  const words = useMessageWords();
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <p>{t('protection.locked.resetIntro')}</p>
      <PasscodeField
        label={t('protection.locked.recoveryKey')}
        value={recoveryKey}
        onChange={setRecoveryKey}
        autoComplete="off"
        isHidden={false}
        describedBy={messageId}
        isInvalid={tries.message === 'wrongRecovery'}
      />
      <PasscodeField
        label={t('protection.newPasscode')}
        value={next}
        onChange={setNext}
        autoComplete="new-password"
        describedBy={hintAndMessage}
        isInvalid={tries.message === 'tooShort'}
      />
      <p id={`${id}-hint`} className="field-hint">
        {t('protection.passcodeHint', { count: MIN_PASSCODE_LENGTH })}
      </p>
      <PasscodeField
        label={t('protection.confirmNewPasscode')}
        value={confirm}
        onChange={setConfirm}
        autoComplete="new-password"
        describedBy={messageId}
        isInvalid={tries.message === 'mismatch'}
      />
      <StaffNameField value={staffName} onChange={setStaffName} />
      <p id={`${id}-message`} className="lock-message" aria-live="polite">
        {tries.message ? words[tries.message] : ''}
      </p>
      {tries.message === 'wait' ? <WaitLeft waitLeft={tries.waitLeft} /> : null}
      <div className="actions">
        <button type="submit" className="button" disabled={tries.message === 'opening'}>
          {t('protection.locked.reset')}
        </button>
        <button type="button" className="button button--quiet" onClick={onBack}>
          {t('protection.locked.back')}
        </button>
      </div>
    </form>
  );
}

/**
 * Together while the app is locked: the individual sees a calm pause, never the passcode prompt,
 * until a member of staff presses "Staff".
 */
export function PauseScreen() {
  const { t } = useTranslation('lock');
  const [isStaffHere, setIsStaffHere] = useState(false);
  if (isStaffHere) return <LockedScreen />;
  return (
    <main className="pause-screen">
      <h1>{t('protection.pause.heading')}</h1>
      <p>{t('protection.pause.text')}</p>
      <button
        type="button"
        className="button button--quiet pause-screen__staff"
        onClick={() => setIsStaffHere(true)}
      >
        {t('staff')}
      </button>
    </main>
  );
}
