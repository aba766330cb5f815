/**
 * The backup's zip, read by the one guarded reader (domain/zip/guarded-zip.ts): what it refuses
 * is "not a backup" here. A size budget that `onBytes` enforces throws its own BackupError, which
 * comes back as it is.
 */
import {
  readZipDirectory as readDirectory,
  readZipEntry as readEntry,
  ZipRefusal,
  type ZipEntry,
} from '../../domain/zip/guarded-zip';
import { BackupError } from './backup-error';
import type { Fflate } from './zip-backup';

export { crc32, type ZipEntry } from '../../domain/zip/guarded-zip';

function asBackupError<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof ZipRefusal) {
      throw new BackupError('not-a-backup', error.message, { cause: error });
    }
    throw error;
  }
}

/** Every entry of the zip's central directory, checked for shape but not yet inflated. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  return asBackupError(() => readDirectory(bytes));
}

/**
 * One entry's bytes, at most its declared size, checked against its CRC-32. `onBytes` hears of
 * every inflated byte as it arrives and may throw to stop reading.
 */
export function readZipEntry(
  fflate: Pick<Fflate, 'Inflate'>,
  bytes: Uint8Array,
  entry: ZipEntry,
  onBytes: (count: number) => void = () => undefined,
): Uint8Array {
  return asBackupError(() => readEntry(fflate, bytes, entry, onBytes));
}
