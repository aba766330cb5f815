/** Settings → Backups: back up now, restore from a file (merge or replace), undo the last restore. */
import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useBackupReminder } from '../../storage/backup/backup-reminder';
import {
  eraseExpiredSnapshot,
  useRestoreSnapshotTimes,
} from '../../storage/backup/restore-snapshot';
import { usePeople } from '../../storage/hooks';
import { ExportControls } from './export-controls';
import { RestoreControls } from './restore-controls';
import { useBackupExport } from './use-backup-export';
import { useBackupRestore, type OpenProtectedBackup } from './use-backup-restore';
import './backup-section.css';

export interface BackupSectionProps {
  /** Opens a backup made while records were protected, with its passcode or recovery key. */
  readonly openProtectedBackup?: OpenProtectedBackup;
}

export function BackupSection({ openProtectedBackup }: BackupSectionProps) {
  const { t, i18n } = useTranslation('backup');
  const id = useId();
  const exporter = useBackupExport();
  const restorer = useBackupRestore(openProtectedBackup);
  const snapshot = useRestoreSnapshotTimes();
  const reminder = useBackupReminder();
  const people = (usePeople() ?? []).map((p) => ({ id: p.id, name: p.displayName }));
  const format = (time: number) =>
    new Intl.DateTimeFormat(i18n.language, {
      dateStyle: 'long',
      timeStyle: 'short',
    }).format(time);
  const formatDay = (time: number) =>
    new Intl.DateTimeFormat(i18n.language, { day: 'numeric', month: 'long' }).format(time);
  // A visit to Settings erases an undo snapshot whose 7 days are over, as a start does.
  useEffect(() => {
    eraseExpiredSnapshot().catch((error: unknown) => console.error(error));
  }, []);

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
        onSecret={(secret) => void restorer.openWith(secret)}
      />
      {snapshot ? (
        <div className="backup-section__undo">
          <p>{t('undoHint', { date: format(snapshot.createdAt) })}</p>
          <p>{t('undoUntil', { date: formatDay(snapshot.undoUntil) })}</p>
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
