/** Settings → Backups: back up now, restore from a file (merge or replace), undo the last restore. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useBackupReminder } from '../../storage/backup/backup-reminder';
import { useRestoreSnapshotTime } from '../../storage/backup/restore-snapshot';
import { usePeople } from '../../storage/hooks';
import { ExportControls } from './export-controls';
import { RestoreControls } from './restore-controls';
import { useBackupExport } from './use-backup-export';
import { useBackupRestore } from './use-backup-restore';
import './backup-section.css';

export function BackupSection() {
  const { t, i18n } = useTranslation('backup');
  const id = useId();
  const exporter = useBackupExport();
  const restorer = useBackupRestore();
  const snapshotTime = useRestoreSnapshotTime();
  const reminder = useBackupReminder();
  const people = (usePeople() ?? []).map((p) => ({ id: p.id, name: p.displayName }));
  const format = (time: number) =>
    new Intl.DateTimeFormat(i18n.language, {
      dateStyle: 'long',
      timeStyle: 'short',
    }).format(time);

  return (
    <section aria-labelledby={`${id}-heading`} className="panel backup-section" id="backups">
      <h2 id={`${id}-heading`}>{t('heading')}</h2>
      <p>{t('intro')}</p>
      <ExportControls
        state={exporter.state}
        people={people}
        lastBackupText={
          typeof reminder?.lastBackupAt === 'number'
            ? t('lastBackup', { date: format(reminder.lastBackupAt) })
            : t('noBackupYet')
        }
        onBackUp={(personId) => void exporter.backUpNow(personId)}
      />
      <RestoreControls
        state={restorer.state}
        onFile={(file) => void restorer.chooseFile(file)}
        onRestore={(backup, mode) => void restorer.restore(backup, mode)}
        onConfirming={restorer.setConfirming}
      />
      {typeof snapshotTime === 'number' ? (
        <div className="backup-section__undo">
          <p>{t('undoHint', { date: format(snapshotTime) })}</p>
          <button
            type="button"
            className="button button--quiet"
            disabled={restorer.state.kind === 'busy' || restorer.state.kind === 'checking'}
            onClick={() => void restorer.undo()}
          >
            {t('undo')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
