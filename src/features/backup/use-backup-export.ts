/** "Back up now": makes the whole backup, shows how far it has got, then saves the file. */
import { useState } from 'react';
import { exportBackup } from '../../storage/backup/export-backup';
import { backupFileName, saveBytesAsFile } from '../../lib/save-file';

export type ExportState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working'; readonly done: number; readonly total: number }
  | { readonly kind: 'saved'; readonly fileName: string }
  | { readonly kind: 'failed' };

export function useBackupExport() {
  const [state, setState] = useState<ExportState>({ kind: 'idle' });

  const backUpNow = async () => {
    setState({ kind: 'working', done: 0, total: 1 });
    try {
      const bytes = await exportBackup({
        onProgress: ({ done, total }) => setState({ kind: 'working', done, total }),
      });
      const fileName = backupFileName(new Date());
      saveBytesAsFile(bytes, fileName, 'application/zip');
      setState({ kind: 'saved', fileName });
    } catch {
      setState({ kind: 'failed' });
    }
  };

  return { state, backUpNow };
}
