/**
 * A backup made while the records are protected with a passcode (issue 16, point 5): the whole
 * backup file, sealed with the data key, inside a zip of two entries: a header, which holds the
 * key vault (the data key wrapped by the passcode and by the recovery key) and nothing personal,
 * and the sealed bytes. Restoring it asks for that backup's passcode or recovery key; opened, it
 * is an ordinary backup file, checked and restored as any other.
 */
import { isSealedPayload, type SealedPayload } from '../../domain/sealed-payload';
import { sealWholeFile } from '../protection';
import { newRecordId } from '../transaction-plans';
import { BACKUP_LIMITS } from './backup-schema';
import { loadFflate } from './zip-backup';
import { readZipDirectory, readZipEntry } from './zip-reader';

/** Persisted file layout: never rename. */
export const PROTECTED_HEADER_NAME = 'restory-protected-backup.json';
export const PROTECTED_BODY_NAME = 'backup.sealed';
const FORMAT = 'restory-protected-backup';
/** A header is a few hundred bytes; anything much larger is not one. */
const MAX_HEADER_BYTES = 16 * 1024;

export interface ProtectedBackup {
  /** What the sealed bytes are bound to (additional data), fresh for every backup. */
  readonly id: string;
  /** The key vault of the tablet that made it, as lib/protection-keys stores it. */
  readonly vault: unknown;
  readonly sealed: SealedPayload;
}

/** The backup file as it leaves the tablet: sealed when records are protected, else as it is. */
export async function protectBackupFile(
  file: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer>> {
  const id = newRecordId();
  const protectedFile = await sealWholeFile(id, file);
  if (!protectedFile) return file;
  const { sealed, vault } = protectedFile;
  const header = { format: FORMAT, version: 1, id, vault, iv: Array.from(sealed.iv) };
  const fflate = await loadFflate();
  return fflate.zipSync(
    {
      [PROTECTED_HEADER_NAME]: fflate.strToU8(JSON.stringify(header)),
      [PROTECTED_BODY_NAME]: sealed.data,
    },
    // The sealed bytes do not compress: stored as they are.
    { level: 0 },
  );
}

function headerOf(json: unknown): { id: string; vault: unknown; iv: Uint8Array } | null {
  if (typeof json !== 'object' || json === null) return null;
  const { format, version, id, vault, iv } = json as Record<string, unknown>;
  if (format !== FORMAT || version !== 1 || typeof id !== 'string') return null;
  if (!Array.isArray(iv) || iv.length !== 12) return null;
  if (!iv.every((byte) => Number.isInteger(byte) && byte >= 0 && byte <= 255)) return null;
  return { id, vault, iv: Uint8Array.from(iv as number[]) };
}

/** The parts of a protected backup; null for any other file (an ordinary backup, or not one). */
export async function readProtectedBackup(bytes: Uint8Array): Promise<ProtectedBackup | null> {
  let entries;
  try {
    entries = readZipDirectory(bytes);
  } catch {
    return null;
  }
  const names = entries.map((entry) => entry.name).sort();
  if (names.join('\n') !== [PROTECTED_BODY_NAME, PROTECTED_HEADER_NAME].join('\n')) return null;
  const fflate = await loadFflate();
  const entry = (name: string) => entries.find((e) => e.name === name);
  const headerEntry = entry(PROTECTED_HEADER_NAME);
  const bodyEntry = entry(PROTECTED_BODY_NAME);
  if (!headerEntry || !bodyEntry || headerEntry.size > MAX_HEADER_BYTES) return null;
  if (bodyEntry.size > BACKUP_LIMITS.fileBytes) return null;
  let header;
  try {
    header = headerOf(JSON.parse(fflate.strFromU8(readZipEntry(fflate, bytes, headerEntry))));
  } catch {
    return null;
  }
  if (!header) return null;
  const sealed = {
    sealed: 'A256GCM',
    iv: header.iv,
    data: readZipEntry(fflate, bytes, bodyEntry),
  } as const;
  return isSealedPayload(sealed) ? { id: header.id, vault: header.vault, sealed } : null;
}

/**
 * Whether a file's first bytes are those of a protected backup: its first entry is the header
 * (fflate writes entries in the order given). Cheap, so a chosen file is not read whole to tell.
 */
export function startsAsProtectedBackup(first: Uint8Array): boolean {
  const name = new TextEncoder().encode(PROTECTED_HEADER_NAME);
  const isLocalHeader =
    first[0] === 0x50 && first[1] === 0x4b && first[2] === 0x03 && first[3] === 0x04;
  return isLocalHeader && name.every((byte, i) => first[30 + i] === byte);
}

/** How many bytes `startsAsProtectedBackup` needs. */
export const PROTECTED_START_BYTES = 30 + PROTECTED_HEADER_NAME.length;
