/**
 * Restoring from a file: check it completely (off the main thread, with its progress), show what
 * it holds, then merge or replace on request. A refused file only ever changes what the screen
 * says, never the records.
 */
import { useState } from 'react';
import { readFileBytes } from '../../lib/save-file';
import { isBackupError, type BackupErrorReason } from '../../storage/backup/backup-error';
import {
  applyBackup,
  readBackupFile,
  undoLastRestore,
  type CheckedBackup,
  type RestoreMode,
} from '../../storage/backup/restore-backup';

export type RestoreState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy' }
  /** The chosen file is being checked: `done` of `total` bytes read. */
  | { readonly kind: 'checking'; readonly done: number; readonly total: number }
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
    setState({ kind: 'checking', done: 0, total: 1 });
    try {
      const source = { file, readBytes: readFileBytes };
      const backup = await readBackupFile(source, ({ done, total }) =>
        setState({ kind: 'checking', done, total }),
      );
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
