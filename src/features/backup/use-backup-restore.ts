/**
 * Restoring from a file: check it completely, show what it holds, then merge or replace on
 * request. A refused file only ever changes what the screen says, never the records.
 */
import { useState } from 'react';
import { readFileBytes } from '../../lib/save-file';
import { BACKUP_LIMITS } from '../../storage/backup/backup-schema';
import {
  BackupError,
  isBackupError,
  type BackupErrorReason,
} from '../../storage/backup/backup-error';
import {
  applyBackup,
  readBackup,
  undoLastRestore,
  type CheckedBackup,
  type RestoreMode,
} from '../../storage/backup/restore-backup';

export type RestoreState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy' }
  | { readonly kind: 'checked'; readonly backup: CheckedBackup; readonly isConfirming: boolean }
  | { readonly kind: 'done'; readonly result: 'merged' | 'replaced' | 'undone' }
  | { readonly kind: 'refused'; readonly reason: BackupErrorReason }
  | { readonly kind: 'failed' };

function failure(error: unknown): RestoreState {
  return isBackupError(error) ? { kind: 'refused', reason: error.reason } : { kind: 'failed' };
}

export function useBackupRestore() {
  const [state, setState] = useState<RestoreState>({ kind: 'idle' });

  const chooseFile = async (file: File | undefined) => {
    if (!file) return;
    setState({ kind: 'busy' });
    try {
      // Refuse by its size before reading it into memory at all.
      if (file.size > BACKUP_LIMITS.fileBytes) throw new BackupError('too-big', 'file');
      const backup = await readBackup(await readFileBytes(file));
      setState({ kind: 'checked', backup, isConfirming: false });
    } catch (error) {
      setState(failure(error));
    }
  };

  const restore = async (backup: CheckedBackup, mode: RestoreMode) => {
    setState({ kind: 'busy' });
    try {
      await applyBackup(backup, mode);
      setState({ kind: 'done', result: mode === 'merge' ? 'merged' : 'replaced' });
    } catch (error) {
      setState(failure(error));
    }
  };

  const setConfirming = (isConfirming: boolean) =>
    setState((current) => (current.kind === 'checked' ? { ...current, isConfirming } : current));

  const undo = async () => {
    setState({ kind: 'busy' });
    try {
      await undoLastRestore();
      setState({ kind: 'done', result: 'undone' });
    } catch (error) {
      setState(failure(error));
    }
  };

  return { state, chooseFile, restore, setConfirming, undo };
}
