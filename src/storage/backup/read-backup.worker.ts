/**
 * The Web Worker that checks a backup file (read-backup-in-worker.ts starts it): a thin shell
 * around checkBackupBytes (read-backup.ts), which tests run directly. It reads a chosen file
 * itself, posts progress, then the checked rows, with the pictures' bytes handed over rather than
 * copied, or why the file was refused.
 */
import { isBackupError } from './backup-error';
import { checkBackupBytes } from './read-backup';
import type { CheckReply, CheckRequest } from './read-backup-in-worker';

function reply(message: CheckReply, transfer: Transferable[] = []): void {
  self.postMessage(message, { transfer });
}

async function check({ source, schemaVersion }: CheckRequest): Promise<void> {
  try {
    const bytes = source instanceof Blob ? await source.arrayBuffer() : source;
    const backup = await checkBackupBytes(new Uint8Array(bytes), {
      schemaVersion,
      onProgress: (progress) => reply({ kind: 'progress', progress }),
    });
    // Each picture's bytes have a buffer of their own (zip-reader.ts copies or inflates them).
    const buffers = new Set(backup.rows.media.map((m) => m.bytes.buffer));
    reply(
      { kind: 'checked', backup },
      [...buffers].filter((b) => b instanceof ArrayBuffer),
    );
  } catch (error) {
    if (!isBackupError(error)) {
      reply({ kind: 'failed', message: error instanceof Error ? error.message : 'check failed' });
      return;
    }
    const prefix = `${error.reason}: `;
    const detail = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : '';
    reply({ kind: 'refused', reason: error.reason, detail });
  }
}

self.onmessage = (event: MessageEvent<CheckRequest>) => void check(event.data);
