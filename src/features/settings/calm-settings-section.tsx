/**
 * Settings → Calm and pace: Calm motion (always reduce motion), the take-up time, and the
 * service's own first reassurance on Welcome.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_TAKE_UP_SECONDS, TAKE_UP_CHOICES } from '../../domain/take-up-time';
import {
  MAX_REASSURANCE_LENGTH,
  setCalmMotion,
  setTakeUpSeconds,
  setWelcomeReassurance,
  useCalmMotion,
  useTakeUpSeconds,
  useWelcomeReassurance,
} from '../../storage/preferences-repo';
import { useSave, type Save } from '../../storage/use-save';
import { SaveProblemNotice } from '../../ui/save-problem-notice';
import { SavedTextField } from '../../ui/saved-text-field';
import './calm-settings-section.css';

/**
 * A stored value as the control shows it: what was just chosen until storage reports it back,
 * so a checkbox or select never flicks back to the old value while the write lands. A write that
 * fails goes through `save` (the section says so) and the stored value shows again, so the same
 * choice can be tried again.
 */
function useChosenValue<T>(
  stored: T,
  save: Save,
): [T, (value: T, write: Promise<unknown>) => void] {
  const [chosen, setChosen] = useState<{ value: T } | null>(null);
  // Adjusting state during render (not in an effect) avoids one render with the old value.
  if (chosen !== null && Object.is(chosen.value, stored)) setChosen(null);
  const choose = (value: T, write: Promise<unknown>) => {
    const mine = { value };
    setChosen(mine);
    save(
      write.catch((cause: unknown) => {
        setChosen((current) => (current === mine ? null : current));
        throw cause;
      }),
    );
  };
  return [chosen === null ? stored : chosen.value, choose];
}

export function CalmSettingsSection() {
  const { t } = useTranslation('break');
  const [saveProblem, save] = useSave();
  const [isCalm, chooseCalm] = useChosenValue(useCalmMotion(), save);
  const storedSeconds = useTakeUpSeconds() ?? DEFAULT_TAKE_UP_SECONDS;
  const [seconds, chooseSeconds] = useChosenValue(storedSeconds, save);
  const reassurance = useWelcomeReassurance();
  const id = useId();
  return (
    <section aria-labelledby={`${id}-heading`} className="panel calm-settings">
      <h2 id={`${id}-heading`}>{t('settings.heading')}</h2>
      <div className="calm-settings__field">
        <input
          id={`${id}-motion`}
          type="checkbox"
          checked={isCalm === true}
          disabled={isCalm === undefined}
          aria-describedby={`${id}-motion-hint`}
          onChange={(event) =>
            chooseCalm(event.target.checked, setCalmMotion(event.target.checked))
          }
        />
        <label htmlFor={`${id}-motion`}>{t('settings.calmMotion')}</label>
      </div>
      <p id={`${id}-motion-hint`} className="field-hint">
        {t('settings.calmMotionHint')}
      </p>
      <div className="calm-settings__field calm-settings__field--stacked">
        <label htmlFor={`${id}-take-up`}>{t('settings.takeUpTime')}</label>
        <select
          id={`${id}-take-up`}
          value={seconds}
          aria-describedby={`${id}-take-up-hint`}
          onChange={(event) => {
            const value = Number(event.target.value);
            chooseSeconds(value, setTakeUpSeconds(value));
          }}
        >
          {TAKE_UP_CHOICES.map((choice) => (
            <option key={choice} value={choice}>
              {t('settings.seconds', { count: choice })}
            </option>
          ))}
        </select>
      </div>
      <p id={`${id}-take-up-hint`} className="field-hint">
        {t('settings.takeUpHint')}
      </p>
      {reassurance === undefined ? null : (
        <SavedTextField
          label={t('settings.reassurance')}
          hint={t('settings.reassuranceHint')}
          placeholder={t('settings.reassuranceStandard')}
          maxLength={MAX_REASSURANCE_LENGTH}
          value={reassurance}
          onSave={(words) => save(setWelcomeReassurance(words))}
        />
      )}
      <SaveProblemNotice problem={saveProblem} />
    </section>
  );
}
