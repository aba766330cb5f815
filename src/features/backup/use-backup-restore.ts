/**
 * Restoring from a file: check it completely (off the main thread, with its progress), show what
 * it holds, then merge or replace on request. A refused file only ever changes what the screen
 * says, never the records.
 */
import { useState } from 'react';
import { readFileBytes } from '../../lib/save-file';
import { isBackupError, type BackupErrorReason } from '../../storage/backup/backup-error';
import {
  PROTECTED_START_BYTES,
  startsAsProtectedBackup,
} from '../../storage/backup/protected-backup';
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
  | { readonly kind: 'failed' }
  /** A protected backup: its passcode or recovery key is asked for before anything else. */
  | {
      readonly kind: 'needs-secret';
      readonly file: File;
      readonly isOpening: boolean;
      readonly didNotOpen: boolean;
    };

/** Opens a protected backup's bytes with its passcode or recovery key; null when it does not. */
export type OpenProtectedBackup = (bytes: Uint8Array, secret: string) => Promise<Uint8Array | null>;

function failure(error: unknown): RestoreState {
  return isBackupError(error) ? { kind: 'refused', reason: error.reason } : { kind: 'failed' };
}

export function useBackupRestore(openProtected?: OpenProtectedBackup) {
  const [state, setState] = useState<RestoreState>({ kind: 'idle' });

  const check = async (file: File) => {
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

  const chooseFile = async (file: File | undefined) => {
    if (!file) return;
    const start = await readFileBytes(file.slice(0, PROTECTED_START_BYTES));
    if (openProtected && startsAsProtectedBackup(start)) {
      setState({ kind: 'needs-secret', file, isOpening: false, didNotOpen: false });
      return;
    }
    await check(file);
  };

  /** The chosen protected backup, opened with `secret`; nothing changes until it is restored. */
  const openWith = async (secret: string) => {
    if (state.kind !== 'needs-secret' || !openProtected) return;
    const { file } = state;
    setState({ ...state, isOpening: true, didNotOpen: false });
    try {
      const opened = await openProtected(await readFileBytes(file), secret);
      if (!opened) {
        setState({ kind: 'needs-secret', file, isOpening: false, didNotOpen: true });
        return;
      }
      await check(new File([opened as Uint8Array<ArrayBuffer>], file.name));
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

  return { state, chooseFile, openWith, restore, setConfirming, undo };
}
