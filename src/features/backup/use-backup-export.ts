/**
 * "Back up now": makes the backup (everyone, or one person), shows how far it has got, then saves
 * the file. A whole backup resets the 7-day reminder.
 */
import { useState } from 'react';
import { recordBackupSaved } from '../../storage/backup/backup-reminder';
import { exportBackup } from '../../storage/backup/export-backup';
import { backupFileName, saveBytesAsFile } from '../../lib/save-file';

export type ExportState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working'; readonly done: number; readonly total: number }
  | { readonly kind: 'saved'; readonly fileName: string }
  | { readonly kind: 'failed' };

export function useBackupExport() {
  const [state, setState] = useState<ExportState>({ kind: 'idle' });

  /** `personId` backs up one person and their conversations; without it, everything. */
  const backUpNow = async (personId?: string) => {
    setState({ kind: 'working', done: 0, total: 1 });
    try {
      const bytes = await exportBackup({
        ...(personId === undefined ? {} : { personId }),
        onProgress: ({ done, total }) => setState({ kind: 'working', done, total }),
      });
      const fileName = backupFileName(new Date(), personId !== undefined);
      saveBytesAsFile(bytes, fileName, 'application/zip');
      if (personId === undefined) await recordBackupSaved();
      setState({ kind: 'saved', fileName });
    } catch {
      setState({ kind: 'failed' });
    }
  };

  return { state, backUpNow };
}
