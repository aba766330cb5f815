/** The "Back up now" button, its progress bar while a large backup is made, and the result. */
import { useTranslation } from 'react-i18next';
import type { ExportState } from './use-backup-export';

export function ExportControls({ state, onBackUp }: { state: ExportState; onBackUp: () => void }) {
  const { t } = useTranslation('backup');
  const isWorking = state.kind === 'working';
  return (
    <div className="backup-section__export">
      <button type="button" className="button" disabled={isWorking} onClick={onBackUp}>
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
