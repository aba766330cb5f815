/**
 * "Back up now" for everyone or one person, its progress bar while a large backup is made, the
 * result, and when the last whole backup was saved.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportState } from './use-backup-export';

export interface ExportControlsProps {
  readonly state: ExportState;
  /** Everyone on the tablet, for a one-person backup. */
  readonly people: readonly { readonly id: string; readonly name: string }[];
  readonly lastBackupText: string;
  readonly onBackUp: (personId?: string) => void;
}

const EVERYONE = '';

export function ExportControls({ state, people, lastBackupText, onBackUp }: ExportControlsProps) {
  const { t } = useTranslation('backup');
  const selectId = useId();
  const [whose, setWhose] = useState(EVERYONE);
  const isWorking = state.kind === 'working';
  // A person deleted meanwhile falls back to everyone.
  const personId = people.some((p) => p.id === whose) ? whose : undefined;
  return (
    <div className="backup-section__export">
      <p>{lastBackupText}</p>
      <div className="field">
        <label className="field__label" htmlFor={selectId}>
          {t('whose')}
        </label>
        <select
          id={selectId}
          className="backup-section__whose"
          value={personId ?? EVERYONE}
          onChange={(event) => setWhose(event.target.value)}
        >
          <option value={EVERYONE}>{t('everyone')}</option>
          {people.map((person) => (
            <option key={person.id} value={person.id} dir="auto">
              {person.name}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className="button"
        disabled={isWorking}
        onClick={() => onBackUp(personId)}
      >
        {t('backUpNow')}
      </button>
      {isWorking ? (
        <progress aria-label={t('progress')} max={state.total} value={state.done} />
      ) : null}
      <p className="backup-section__result" role="status">
        {isWorking ? t('backingUp') : null}
        {state.kind === 'saved' ? t('saved', { name: state.fileName }) : null}
        {state.kind === 'failed' ? t('exportFailed') : null}
      </p>
    </div>
  );
}
