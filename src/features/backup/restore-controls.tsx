/** The "Backup file" field, what the chosen file holds, and the choice to merge or replace it. */
import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckedBackup, RestoreMode } from '../../storage/backup/restore-backup';
import { BackupSummary } from './backup-summary';
import { RestoreChoice } from './restore-choice';
import type { RestoreState } from './use-backup-restore';

export interface RestoreControlsProps {
  readonly state: RestoreState;
  readonly onFile: (file: File | undefined) => void;
  readonly onRestore: (backup: CheckedBackup, mode: RestoreMode) => void;
  readonly onConfirming: (isConfirming: boolean) => void;
  /** The passcode or recovery key typed for a protected backup. */
  readonly onSecret: (secret: string) => void;
}

function SecretForm({
  state,
  onSecret,
}: {
  readonly state: Extract<RestoreState, { kind: 'needs-secret' }>;
  readonly onSecret: (secret: string) => void;
}) {
  const { t } = useTranslation('backup');
  const id = useId();
  const [secret, setSecret] = useState('');
  const messageId = `${id}-message`;
  return (
    <form
      className="backup-section__secret"
      onSubmit={(event) => {
        event.preventDefault();
        onSecret(secret);
      }}
      noValidate
    >
      <p id={`${id}-intro`}>{t('protectedFile')}</p>
      <label htmlFor={id}>{t('secretLabel')}</label>
      <input
        id={id}
        type="password"
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        aria-describedby={`${id}-intro ${messageId}`}
        aria-invalid={state.didNotOpen}
        value={secret}
        onChange={(event) => setSecret(event.target.value)}
      />
      <p id={messageId} className="lock-message" aria-live="polite">
        {state.isOpening ? t('opening') : state.didNotOpen ? t('didNotOpen') : ''}
      </p>
      <button type="submit" className="button" disabled={state.isOpening}>
        {t('openBackup')}
      </button>
    </form>
  );
}

function ResultLine({ state }: { state: RestoreState }) {
  const { t } = useTranslation('backup');
  return (
    <p className="backup-section__result" role="status">
      {state.kind === 'checking' ? t('reading') : null}
      {state.kind === 'busy' ? t('restoring') : null}
      {state.kind === 'done' ? t(state.result) : null}
      {state.kind === 'refused' ? t(`refused.${state.reason}`) : null}
      {state.kind === 'failed' ? t('restoreFailed') : null}
    </p>
  );
}

export function RestoreControls(props: RestoreControlsProps) {
  const { state, onFile, onRestore, onConfirming, onSecret } = props;
  const { t } = useTranslation('backup');
  const id = useId();
  // The field is cleared after each choice (below), so the file's name is said here instead.
  const [fileName, setFileName] = useState<string | null>(null);
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setFileName(file?.name ?? null);
    onFile(file);
    // Cleared so that choosing the same file again, after a refusal, is noticed.
    event.target.value = '';
  };
  const checked = state.kind === 'checked' ? state : undefined;
  const summaryId = `${id}-summary`;
  return (
    <div className="backup-section__restore">
      <label htmlFor={`${id}-file`}>{t('fileLabel')}</label>
      <input
        id={`${id}-file`}
        type="file"
        accept=".zip,application/zip"
        disabled={state.kind === 'busy' || state.kind === 'checking'}
        onChange={onChange}
      />
      {fileName !== null && state.kind !== 'idle' && state.kind !== 'done' ? (
        <p className="backup-section__file">{t('chosenFile', { name: fileName })}</p>
      ) : null}
      {state.kind === 'checking' ? (
        <progress aria-label={t('checkProgress')} max={state.total} value={state.done} />
      ) : null}
      {state.kind === 'needs-secret' ? <SecretForm state={state} onSecret={onSecret} /> : null}
      {checked ? (
        <div role="group" aria-labelledby={summaryId}>
          <BackupSummary summary={checked.backup.summary} headingId={summaryId} />
          <p>{t('choose')}</p>
          <p className="backup-section__hint">{t('mergeHint')}</p>
          <p className="backup-section__hint">{t('replaceHint')}</p>
          <RestoreChoice
            isConfirming={checked.isConfirming}
            onMerge={() => onRestore(checked.backup, 'merge')}
            onReplace={() => onRestore(checked.backup, 'replace')}
            onConfirming={onConfirming}
          />
        </div>
      ) : null}
      <ResultLine state={state} />
    </div>
  );
}
