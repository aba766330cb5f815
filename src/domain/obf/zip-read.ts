/**
 * Reading a zip from another app without trusting it, through the one guarded reader
 * (domain/zip/guarded-zip.ts, which backups use too). Its declared sizes are checked against the
 * limits before anything is inflated: too many entries, one entry too large, or all of them
 * together too large is a 'zip-bomb', and so is an entry that gives more than it declares; any
 * other fault is 'broken-zip'. Encrypted entries and other methods are left out; names have `\`
 * turned into `/` and no leading `./` or `/`.
 */
import { Inflate } from 'fflate';
import {
  readZipDirectory as readDirectory,
  readZipEntry as readEntry,
  ZipRefusal,
  type ZipEntry,
} from '../zip/guarded-zip';
import { MAX_ENTRY_BYTES, MAX_UNPACKED_BYTES, MAX_ZIP_ENTRIES } from './obf-types';
import { refuse } from './refusal';

export { crc32, type ZipEntry } from '../zip/guarded-zip';

export const normaliseZipPath = (path: string): string =>
  path.replace(/\\/g, '/').replace(/^(\.?\/)+/, '');

function asObfRefusal<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof ZipRefusal) refuse(error.kind === 'bomb' ? 'zip-bomb' : 'broken-zip');
    throw error;
  }
}

/** Every readable entry, checked for shape and for the declared sizes, nothing inflated yet. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const entries = asObfRefusal(() => readDirectory(bytes, { skipUnreadable: true }));
  if (entries.length > MAX_ZIP_ENTRIES) refuse('zip-bomb');
  let unpacked = 0;
  for (const entry of entries) {
    unpacked += entry.size;
    if (entry.size > MAX_ENTRY_BYTES || unpacked > MAX_UNPACKED_BYTES) refuse('zip-bomb');
  }
  return entries.map((entry) => ({ ...entry, name: normaliseZipPath(entry.name) }));
}

/** One entry's bytes, never more than its declared size, checked against its CRC-32. */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  return asObfRefusal(() => readEntry({ Inflate }, bytes, entry));
}
