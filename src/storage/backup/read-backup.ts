/**
 * Reading a backup file without trusting it. Everything is checked before anything is written:
 * the zip's entries (only `backup.json` and `media/<id>`, each once, declared sizes within the
 * caps) before a byte is inflated; while inflating, the bytes actually produced (zip-reader.ts
 * stops at the first byte past an entry's declared size, and this file at the caps); then the JSON
 * (no `__proto__`/`constructor` keys), the strict schema, duplicate ids and that the backup is
 * whole (backup-whole.ts); and that every picture it lists is in the zip with that size, before
 * any picture is inflated. Settings are an allowlist (backed-up-settings.ts): this tablet's own
 * state is never read.
 *
 * No database here (the version to compare with is passed in), so the same code runs in a Web
 * Worker (read-backup.worker.ts) and, in tests, directly.
 */
import * as v from 'valibot';
import type { Media } from '../../domain/types';
import { BackupError } from './backup-error';
import { backedUpSettings } from './backed-up-settings';
import {
  BACKUP_JSON_NAME,
  BACKUP_LIMITS,
  backupFileSchema,
  mediaEntryName,
  type BackupFile,
  type BackupScope,
} from './backup-schema';
import { checkVersions } from './backup-versions';
import { checkReferences, checkUniqueIds } from './backup-whole';
import { loadFflate, type BackupProgress, type BackupRows, type Fflate } from './zip-backup';
import { readZipDirectory, readZipEntry, type ZipEntry } from './zip-reader';

export interface BackupSummary {
  readonly createdAt: number;
  readonly isWholeBackup: boolean;
  readonly peopleNames: readonly string[];
  readonly counts: {
    readonly people: number;
    readonly conversations: number;
    readonly media: number;
  };
}

/** A backup that passed every check: ready for applyBackup. */
export interface CheckedBackup {
  readonly summary: BackupSummary;
  readonly scope: BackupScope;
  readonly rows: BackupRows;
}

export interface CheckOptions {
  /** This app's database version: a backup from a newer one is refused. */
  readonly schemaVersion: number;
  /** Hears how many of the declared bytes have been read, about every 1%. */
  readonly onProgress?: (progress: BackupProgress) => void;
}

type Directory = ReadonlyMap<string, ZipEntry>;
type ReadEntry = (entry: ZipEntry) => Uint8Array;

// encodeURIComponent's alphabet only, and never "." or ".." as a name.
const MEDIA_NAME = /^media\/(?!\.\.?$)[\w.!~*'()%-]{1,600}$/;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Entry names and declared sizes, before a byte is inflated. */
function checkDirectory(entries: readonly ZipEntry[]): Directory {
  if (entries.length > BACKUP_LIMITS.rows.media + 1) throw new BackupError('too-big', 'entries');
  const directory = new Map<string, ZipEntry>();
  let declared = 0;
  for (const entry of entries) {
    const { name, size } = entry;
    if ((name !== BACKUP_JSON_NAME && !MEDIA_NAME.test(name)) || directory.has(name)) {
      throw new BackupError('not-a-backup', 'unexpected entry name');
    }
    directory.set(name, entry);
    declared += size;
    const isJsonTooBig = name === BACKUP_JSON_NAME && size > BACKUP_LIMITS.jsonBytes;
    if (isJsonTooBig || declared > BACKUP_LIMITS.totalBytes) {
      throw new BackupError('too-big', 'declared sizes');
    }
  }
  return directory;
}

/**
 * Reads one entry at a time, counting the bytes actually inflated against the whole cap (each
 * entry is already held to its declared size) and telling `onProgress` every 1% or so.
 */
function entryReader(
  fflate: Fflate,
  bytes: Uint8Array,
  directory: Directory,
  onProgress: CheckOptions['onProgress'],
): ReadEntry {
  const total = [...directory.values()].reduce((sum, e) => sum + e.size, 0);
  const step = Math.max(1, Math.ceil(total / 100));
  let done = 0;
  let told = 0;
  onProgress?.({ done, total });
  return (entry) => {
    const out = readZipEntry(fflate, bytes, entry, (count) => {
      done += count;
      if (done > BACKUP_LIMITS.totalBytes) throw new BackupError('too-big', 'inflated bytes');
      if (done - told >= step) {
        told = done;
        onProgress?.({ done, total });
      }
    });
    if (told !== done) {
      told = done;
      onProgress?.({ done, total });
    }
    return out;
  };
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return JSON.parse(text, (key: string, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new Error(`forbidden key ${key}`);
      return value;
    });
  } catch (error) {
    throw new BackupError('not-a-backup', 'json', { cause: error });
  }
}

function parseBackupFile(json: Uint8Array, schemaVersion: number): BackupFile {
  const raw = parseJson(json);
  checkVersions(raw, schemaVersion);
  const result = v.safeParse(backupFileSchema, raw);
  if (!result.success) {
    throw new BackupError('not-a-backup', v.getDotPath(result.issues[0]) ?? 'schema');
  }
  checkUniqueIds(result.output);
  checkReferences(result.output);
  return result.output;
}

/** Every picture listed is in the zip with its size, and no entry is left unexplained. */
function mediaEntries(file: BackupFile, directory: Directory) {
  // Names map one-to-one to unique ids, so equal counts mean no entry is left unexplained.
  if (directory.size !== file.tables.media.length + 1) {
    throw new BackupError('not-a-backup', 'media entries');
  }
  return file.tables.media.map(({ size, ...meta }) => {
    const entry = directory.get(mediaEntryName(meta.id));
    if (entry?.size !== size) throw new BackupError('not-a-backup', 'media bytes');
    return { meta, entry };
  });
}

function summarise(file: BackupFile): BackupSummary {
  const { people, conversations, media } = file.tables;
  return {
    createdAt: file.createdAt,
    isWholeBackup: file.scope === 'all',
    peopleNames: people.map((p) => p.displayName),
    counts: { people: people.length, conversations: conversations.length, media: media.length },
  };
}

/** Checks a backup file completely; refuses it with a BackupError, or returns its rows. */
export async function checkBackupBytes(
  bytes: Uint8Array,
  { schemaVersion, onProgress }: CheckOptions,
): Promise<CheckedBackup> {
  if (bytes.byteLength > BACKUP_LIMITS.fileBytes) throw new BackupError('too-big', 'file');
  const fflate = await loadFflate();
  const directory = checkDirectory(readZipDirectory(bytes));
  const jsonEntry = directory.get(BACKUP_JSON_NAME);
  if (!jsonEntry) throw new BackupError('not-a-backup', 'no backup.json');
  const readEntry = entryReader(fflate, bytes, directory, onProgress);
  const file = parseBackupFile(readEntry(jsonEntry), schemaVersion);
  const entries = mediaEntries(file, directory);
  const settings = backedUpSettings(file.tables.settings.map(({ key, value }) => ({ key, value })));
  if (!settings) throw new BackupError('not-a-backup', 'a setting with a wrong value');
  const media: Media[] = entries.map(({ meta, entry }) => ({ ...meta, bytes: readEntry(entry) }));
  return {
    summary: summarise(file),
    scope: file.scope,
    rows: { ...file.tables, media, settings },
  };
}
