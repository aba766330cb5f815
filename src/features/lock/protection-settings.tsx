/**
 * Settings → Protect with a passcode: set it up (the recovery key shown once, and confirmed), see
 * records being protected, choose when the app locks, lock now, change the passcode.
 */
import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  LOCK_AFTER_CHOICES,
  saveLockAfterMinutes,
  useLockAfterMinutes,
} from '../../storage/protection-repo';
import { WaitLeft } from './wait-left';
import { PasscodeField } from './passcode-field';
import {
  MIN_PASSCODE_LENGTH,
  useProtectionControls,
  useProtectionStatus,
  type Conversion,
  type PreparedProtection,
} from './protection-controls';
import { RecoveryKey } from './recovery-key';
import './protection.css';

export function ProtectionSettings() {
  const { t } = useTranslation('lock');
  const status = useProtectionStatus();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="panel protection-settings">
      <h2 id={headingId}>{t('protection.heading')}</h2>
      {status.kind === 'off' ? <SetUp /> : null}
      {status.kind === 'open' ? (
        <>
          {status.conversion ? <Converting {...status.conversion} /> : null}
          {status.conversion?.direction === 'off' ? null : (
            <>
              <p>{t('protection.isOn')}</p>
              <LockChoices />
              <ChangePasscode />
              <TurnOff />
            </>
          )}
        </>
      ) : null}
    </section>
  );
}

function Converting({ done, total, direction }: Conversion) {
  const { t } = useTranslation('lock');
  const isOn = direction === 'on';
  return (
    <div className="protection-progress">
      <label>
        {isOn ? t('protection.convertingLabel') : t('protection.offProgressLabel')}
        <progress max={Math.max(total, 1)} value={done} />
      </label>
      <p aria-live="polite">
        {isOn
          ? t('protection.converting', { done, total })
          : t('protection.offProgress', { done, total })}
      </p>
    </div>
  );
}

function TurnOff() {
  const { t } = useTranslation('lock');
  const controls = useProtectionControls();
  const id = useId();
  const messageId = `${id}-message`;
  const [passcode, setPasscode] = useState('');
  const [message, setMessage] = useState<'wrong' | 'wait' | null>(null);
  const [waitLeft, setWaitLeft] = useState(0);

  async function submit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await controls.turnOff(passcode);
    setWaitLeft(result.kind === 'wait' ? result.waitLeft : 0);
    setMessage(result.kind === 'opened' ? null : result.kind);
  }

  const heading = `${id}-heading`;
  return (
    <form aria-labelledby={heading} onSubmit={(event) => void submit(event)} noValidate>
      <h3 id={heading}>{t('protection.offHeading')}</h3>
      <p>{t('protection.offIntro')}</p>
      <PasscodeField
        label={t('protection.passcode')}
        value={passcode}
        onChange={setPasscode}
        autoComplete="current-password"
        describedBy={messageId}
        isInvalid={message === 'wrong'}
      />
      <p id={messageId} className="lock-message" aria-live="polite">
        {message ? t(`protection.${message}`) : ''}
      </p>
      {message === 'wait' ? <WaitLeft waitLeft={waitLeft} /> : null}
      <div className="actions">
        <button type="submit" className="button button--quiet">
          {t('protection.turnOff')}
        </button>
      </div>
    </form>
  );
}

/** Why a new passcode cannot be used yet, or null when it can. */
function newPasscodeProblem(next: string, confirm: string): 'tooShort' | 'mismatch' | null {
  if (Array.from(next).length < MIN_PASSCODE_LENGTH) return 'tooShort';
  if (next !== confirm) return 'mismatch';
  return null;
}

function SetUp() {
  const { t } = useTranslation('lock');
  const controls = useProtectionControls();
  const id = useId();
  const messageId = `${id}-message`;
  const hintAndMessage = `${id}-hint ${messageId}`;
  const [passcode, setPasscode] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problem, setProblem] = useState<'tooShort' | 'mismatch' | null>(null);
  const [isPreparing, setIsPreparing] = useState(false);
  const [prepared, setPrepared] = useState<PreparedProtection | null>(null);

  if (prepared) {
    return (
      <RecoveryKey
        prepared={prepared}
        onCancel={() => {
          setPrepared(null);
          setPasscode('');
          setConfirm('');
        }}
      />
    );
  }

  async function submit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = newPasscodeProblem(passcode, confirm);
    setProblem(found);
    if (found) {
      document.getElementById(found === 'tooShort' ? `${id}-passcode` : `${id}-confirm`)?.focus();
      return;
    }
    setIsPreparing(true);
    try {
      setPrepared(await controls.prepare(passcode));
    } finally {
      setIsPreparing(false);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <p>{t('protection.intro')}</p>
      <p className="protection-warning">{t('protection.warning')}</p>
      <PasscodeField
        id={`${id}-passcode`}
        label={t('protection.passcode')}
        value={passcode}
        onChange={setPasscode}
        autoComplete="new-password"
        describedBy={hintAndMessage}
        isInvalid={problem === 'tooShort'}
      />
      <p id={`${id}-hint`} className="field-hint">
        {t('protection.passcodeHint', { count: MIN_PASSCODE_LENGTH })}
      </p>
      <PasscodeField
        id={`${id}-confirm`}
        label={t('protection.confirmPasscode')}
        value={confirm}
        onChange={setConfirm}
        autoComplete="new-password"
        describedBy={messageId}
        isInvalid={problem === 'mismatch'}
      />
      <p id={`${id}-message`} className="lock-message" aria-live="polite">
        {isPreparing
          ? t('protection.preparing')
          : problem
            ? t(`protection.${problem}`, { count: MIN_PASSCODE_LENGTH })
            : ''}
      </p>
      <div className="actions">
        <button type="submit" className="button" disabled={isPreparing}>
          {t('protection.protect')}
        </button>
      </div>
    </form>
  );
}

function LockChoices() {
  const { t } = useTranslation('lock');
  const controls = useProtectionControls();
  const minutes = useLockAfterMinutes();
  const id = useId();
  return (
    <div className="protection-lock">
      <label htmlFor={id}>{t('protection.lockAfter')}</label>
      <select
        id={id}
        value={minutes ?? ''}
        onChange={(event) => void saveLockAfterMinutes(Number(event.target.value))}
      >
        {LOCK_AFTER_CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {t('protection.minutes', { count: choice })}
          </option>
        ))}
      </select>
      <button type="button" className="button button--quiet" onClick={() => controls.lock()}>
        {t('protection.lockNow')}
      </button>
    </div>
  );
}

type ChangeMessage = 'tooShort' | 'mismatch' | 'wrong' | 'wait' | 'changing' | 'changed';

function ChangePasscode() {
  const { t } = useTranslation('lock');
  const controls = useProtectionControls();
  const id = useId();
  const messageId = `${id}-message`;
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [message, setMessage] = useState<ChangeMessage | null>(null);
  const [waitLeft, setWaitLeft] = useState(0);

  async function submit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    const problem = newPasscodeProblem(next, confirm);
    if (problem) {
      setMessage(problem);
      return;
    }
    setMessage('changing');
    const result = await controls.changePasscode(current, next);
    setWaitLeft(result.kind === 'wait' ? result.waitLeft : 0);
    setMessage(result.kind === 'opened' ? 'changed' : result.kind);
    if (result.kind === 'opened') [setCurrent, setNext, setConfirm].forEach((set) => set(''));
  }

  const heading = `${id}-heading`;
  return (
    <form aria-labelledby={heading} onSubmit={(event) => void submit(event)} noValidate>
      <h3 id={heading}>{t('protection.changeHeading')}</h3>
      <PasscodeField
        label={t('protection.currentPasscode')}
        value={current}
        onChange={setCurrent}
        autoComplete="current-password"
        describedBy={messageId}
        isInvalid={message === 'wrong'}
      />
      <PasscodeField
        label={t('protection.newPasscode')}
        value={next}
        onChange={setNext}
        autoComplete="new-password"
        describedBy={messageId}
        isInvalid={message === 'tooShort'}
      />
      <PasscodeField
        label={t('protection.confirmNewPasscode')}
        value={confirm}
        onChange={setConfirm}
        autoComplete="new-password"
        describedBy={messageId}
        isInvalid={message === 'mismatch'}
      />
      <p id={`${id}-message`} className="lock-message" aria-live="polite">
        {message ? t(`protection.${message}`, { count: MIN_PASSCODE_LENGTH }) : ''}
      </p>
      {message === 'wait' ? <WaitLeft waitLeft={waitLeft} /> : null}
      <div className="actions">
        <button type="submit" className="button" disabled={message === 'changing'}>
          {t('protection.change')}
        </button>
      </div>
    </form>
  );
}
