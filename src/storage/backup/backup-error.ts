/**
 * Why a backup was refused, as a code the screen turns into plain words. Every refusal happens
 * before anything is written, so each reason also means "nothing has changed".
 */
export const BACKUP_ERROR_REASONS = [
  /** Not a Restory backup, or damaged: not a zip, bad JSON, wrong shape, missing pictures. */
  'not-a-backup',
  /** Made by a newer Restory: a newer file format or database version. */
  'newer-version',
  /** Larger than any real backup could be, before or after unzipping. */
  'too-big',
  /** "Undo the last restore" when there is no snapshot to go back to. */
  'no-snapshot',
] as const;
export type BackupErrorReason = (typeof BACKUP_ERROR_REASONS)[number];

export class BackupError extends Error {
  readonly reason: BackupErrorReason;

  constructor(reason: BackupErrorReason, detail?: string, options?: { cause?: unknown }) {
    super(detail ? `${reason}: ${detail}` : reason, options);
    this.name = 'BackupError';
    this.reason = reason;
  }
}

export function isBackupError(error: unknown): error is BackupError {
  return error instanceof BackupError;
}
