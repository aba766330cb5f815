/**
 * Turning backup rows into a zip: `backup.json` (records, with media as metadata only) and one
 * `media/<id>` entry per picture or sound, stored as raw bytes (no base64). Written as a
 * generator so the same code runs in one go inside a transaction (the pre-restore snapshot) or
 * in slices with a progress bar (Back up now).
 */
import type { Override } from '../../domain/library';
import type {
  Board,
  Card,
  Conversation,
  Incident,
  Plan,
  Media,
  Person,
  Setting,
  Story,
  Tombstone,
} from '../../domain/types';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_JSON_NAME,
  mediaEntryName,
  type BackupScope,
} from './backup-schema';

export type Fflate = typeof import('fflate');
/** fflate is loaded only when a backup is made or read, so it stays out of the first screen. */
export const loadFflate = (): Promise<Fflate> => import('fflate');

export interface BackupRows {
  readonly people: readonly Person[];
  readonly cards: readonly Card[];
  readonly boards: readonly Board[];
  /** Staff changes to built-in cards and boards (schema v4; older backups are converted). */
  readonly overrides: readonly Override[];
  readonly conversations: readonly Conversation[];
  readonly media: readonly Media[];
  readonly settings: readonly Setting[];
  readonly tombstones: readonly Tombstone[];
  /** Incidents (schema v8; older backups have none). */
  readonly incidents: readonly Incident[];
  /** Support plans (schema v9; older backups have none). */
  readonly plans: readonly Plan[];
  /** Social stories (schema v10; older backups have none). */
  readonly stories: readonly Story[];
}

export interface BackupProgress {
  readonly done: number;
  readonly total: number;
}

function backupJson(
  rows: BackupRows,
  scope: BackupScope,
  schemaVersion: number,
  createdAt: number,
) {
  const media = rows.media.map(({ bytes, ...meta }) => ({ ...meta, size: bytes.byteLength }));
  const file = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion,
    createdAt,
    scope,
    tables: { ...rows, media },
  };
  return new TextEncoder().encode(JSON.stringify(file));
}

function concat(chunks: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(chunks.reduce((sum, c) => sum + c.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

export interface ZipRequest {
  readonly rows: BackupRows;
  readonly scope: BackupScope;
  readonly schemaVersion: number;
  readonly createdAt: number;
}

export function* zipBackupSteps(
  fflate: Fflate,
  { rows, scope, schemaVersion, createdAt }: ZipRequest,
): Generator<BackupProgress, Uint8Array<ArrayBuffer>> {
  const chunks: Uint8Array[] = [];
  const zip = new fflate.Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  const json = backupJson(rows, scope, schemaVersion, createdAt);
  const total = rows.media.reduce((sum, m) => sum + m.bytes.byteLength, json.byteLength);
  const jsonEntry = new fflate.ZipDeflate(BACKUP_JSON_NAME, { level: 6 });
  zip.add(jsonEntry);
  jsonEntry.push(json, true);
  let done = json.byteLength;
  yield { done, total };
  // Photos are JPEGs already: storing them as they are is much faster and hardly bigger.
  for (const media of rows.media) {
    const entry = new fflate.ZipPassThrough(mediaEntryName(media.id));
    zip.add(entry);
    entry.push(media.bytes, true);
    done += media.bytes.byteLength;
    yield { done, total };
  }
  zip.end();
  return concat(chunks);
}

/** Runs the zip in one go: for use inside a transaction, where nothing may be awaited. */
export function zipBackupNow(fflate: Fflate, request: ZipRequest): Uint8Array {
  const steps = zipBackupSteps(fflate, request);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
