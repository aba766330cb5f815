/**
 * Checking a backup file off the main thread: the bytes go to a Web Worker (read-backup.worker.ts)
 * that runs checkBackupBytes (read-backup.ts) and posts its progress, so unzipping, inflating and
 * checking a large or hostile file never freezes the screen. The worker is its own file, loaded
 * only when a file is checked. Where there is no Worker (Node and jsdom, in tests) the same
 * checking code runs directly.
 */
import { db } from '../database';
import { BackupError, type BackupErrorReason } from './backup-error';
import { BACKUP_LIMITS } from './backup-schema';
import { checkBackupBytes, type CheckedBackup } from './read-backup';
import type { BackupProgress } from './zip-backup';

export interface CheckRequest {
  /** A chosen file (the worker reads it), or bytes handed over. */
  readonly source: Blob | ArrayBuffer;
  readonly schemaVersion: number;
}

/** A chosen file, and how to read its bytes where there is no worker (lib's FileReader). */
export interface BackupFileSource {
  readonly file: Blob;
  readonly readBytes: (file: Blob) => Promise<Uint8Array>;
}

export type CheckReply =
  | { readonly kind: 'progress'; readonly progress: BackupProgress }
  | { readonly kind: 'checked'; readonly backup: CheckedBackup }
  | { readonly kind: 'refused'; readonly reason: BackupErrorReason; readonly detail: string }
  | { readonly kind: 'failed'; readonly message: string };

type OnProgress = (progress: BackupProgress) => void;

/** The bytes as an ArrayBuffer of their own, to hand to the worker without a copy. */
function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  const { buffer, byteOffset, byteLength } = bytes;
  const isWhole = buffer instanceof ArrayBuffer && byteOffset === 0;
  return isWhole && byteLength === buffer.byteLength ? buffer : bytes.slice().buffer;
}

function checkInWorker(request: CheckRequest, onProgress: OnProgress): Promise<CheckedBackup> {
  const worker = new Worker(new URL('./read-backup.worker.ts', import.meta.url), {
    type: 'module',
  });
  return new Promise<CheckedBackup>((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<CheckReply>) => {
      if (data.kind === 'progress') onProgress(data.progress);
      else if (data.kind === 'checked') resolve(data.backup);
      else if (data.kind === 'refused')
        reject(new BackupError(data.reason, data.detail || undefined));
      else reject(new Error(data.message));
    };
    // The worker could not start or ran out of memory: the file was not checked.
    worker.onerror = (event) => {
      event.preventDefault();
      reject(new Error(event.message || 'The backup check stopped'));
    };
    const { source } = request;
    worker.postMessage(request, source instanceof ArrayBuffer ? [source] : []);
  }).finally(() => worker.terminate());
}

const hasWorkers = () => typeof Worker !== 'undefined';

/**
 * Checks backup bytes completely, off the main thread where the browser allows; refuses them with
 * a BackupError. The bytes are handed over to the worker: do not use them afterwards.
 */
export function readBackup(
  bytes: Uint8Array,
  onProgress: OnProgress = () => undefined,
): Promise<CheckedBackup> {
  const schemaVersion = db.verno;
  if (!hasWorkers()) return checkBackupBytes(bytes, { schemaVersion, onProgress });
  return checkInWorker({ source: ownBuffer(bytes), schemaVersion }, onProgress);
}

/**
 * Checks a chosen backup file: refused by its size before it is read at all, then read and
 * checked in the worker, so not even reading a large file into memory touches the main thread.
 */
export async function readBackupFile(
  { file, readBytes }: BackupFileSource,
  onProgress: OnProgress = () => undefined,
): Promise<CheckedBackup> {
  if (file.size > BACKUP_LIMITS.fileBytes) throw new BackupError('too-big', 'file');
  if (!hasWorkers()) return readBackup(await readBytes(file), onProgress);
  return checkInWorker({ source: file, schemaVersion: db.verno }, onProgress);
}
