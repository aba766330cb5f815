/**
 * Backups from older versions, brought up to this one before the strict check: the defaults each
 * migration adds (v1 → v2 → v3, v6 → v7, v7 → v8), frozen in the migration files, and the v4 catalogue
 * change. A file from a newer version is refused, never guessed at.
 */
import {
  addV2ConversationDefaults,
  addV2PersonDefaults,
} from '../migrations/v2-profiles-and-preparation';
import { addV3ConversationDefaults } from '../migrations/v3-together-steps';
import { fromSeededLibrary } from '../migrations/v4-catalogue';
import { addV7ConversationDefaults, addV7PersonDefaults } from '../migrations/v7-feelings-per-step';
import { addV8ConversationDefaults } from '../migrations/v8-incidents';
import { BackupError } from './backup-error';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION } from './backup-schema';

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Version-1 backups lack profile and preparation fields: add the same defaults the migration adds. */
function normaliseOldRows(tables: unknown): void {
  if (!isPlainObject(tables)) return;
  const eachRow = (rows: unknown, fill: (row: Record<string, unknown>) => void) => {
    if (Array.isArray(rows)) rows.filter(isPlainObject).forEach(fill);
  };
  eachRow(tables['people'], addV2PersonDefaults);
  eachRow(tables['conversations'], addV2ConversationDefaults);
}

/**
 * Backups made before version 4 carry the seeded starter cards and boards: keep what the v4
 * migration keeps (staff cards and boards, overrides for edited or deleted starter cards).
 */
function normaliseSeededLibrary(tables: unknown): void {
  if (!isPlainObject(tables)) return;
  const { cards, boards, tombstones } = tables;
  const isRows = (rows: unknown): rows is Record<string, unknown>[] =>
    Array.isArray(rows) && rows.every(isPlainObject);
  // A damaged table is left as it is, for the schema check to refuse.
  if (!isRows(cards) || !isRows(boards) || !isRows(tombstones)) return;
  Object.assign(tables, fromSeededLibrary({ cards, boards, tombstones }));
}

/** Version-2 backups lack the rest of Together: add the defaults the v3 migration adds. */
function normaliseV2Rows(tables: unknown): void {
  if (!isPlainObject(tables) || !Array.isArray(tables['conversations'])) return;
  tables['conversations'].filter(isPlainObject).forEach(addV3ConversationDefaults);
}

/** Version-6 backups hold one feeling per step, without ids: add what the v7 migration adds. */
function normaliseV6Rows(tables: unknown): void {
  if (!isPlainObject(tables)) return;
  const eachRow = (rows: unknown, fill: (row: Record<string, unknown>) => boolean) => {
    if (Array.isArray(rows)) rows.filter(isPlainObject).forEach(fill);
  };
  eachRow(tables['people'], addV7PersonDefaults);
  eachRow(tables['conversations'], addV7ConversationDefaults);
}

/** Version-7 backups have no incidents: add the table, and what the v8 migration adds. */
function normaliseV7Rows(tables: unknown): void {
  if (!isPlainObject(tables)) return;
  if (!('incidents' in tables)) tables['incidents'] = [];
  const conversations = tables['conversations'];
  if (Array.isArray(conversations))
    conversations.filter(isPlainObject).forEach(addV8ConversationDefaults);
}

/** Version-8 backups have no support plans: add the table (version 9 adds nothing else). */
function normaliseV8Rows(tables: unknown): void {
  if (isPlainObject(tables) && !('plans' in tables)) tables['plans'] = [];
}

/** Version-9 backups have no social stories: add the table (version 10 adds nothing else). */
function normaliseV9Rows(tables: unknown): void {
  if (isPlainObject(tables) && !('stories' in tables)) tables['stories'] = [];
}

/** Refuses another format or a newer version; brings an older file's rows up to this version. */
export function checkVersions(raw: unknown, databaseVersion: number): void {
  if (!isPlainObject(raw) || raw['format'] !== BACKUP_FORMAT) {
    throw new BackupError('not-a-backup', 'format');
  }
  const { formatVersion, schemaVersion } = raw;
  const isNewer =
    (typeof formatVersion === 'number' && formatVersion > BACKUP_FORMAT_VERSION) ||
    (typeof schemaVersion === 'number' && schemaVersion > databaseVersion);
  if (isNewer) throw new BackupError('newer-version');
  if (typeof schemaVersion === 'number' && schemaVersion < 2) normaliseOldRows(raw['tables']);
  if (typeof schemaVersion === 'number' && schemaVersion < 3) normaliseV2Rows(raw['tables']);
  if (typeof schemaVersion === 'number' && schemaVersion < 4) normaliseSeededLibrary(raw['tables']);
  if (typeof schemaVersion === 'number' && schemaVersion < 7) normaliseV6Rows(raw['tables']);
  if (typeof schemaVersion === 'number' && schemaVersion < 8) normaliseV7Rows(raw['tables']);
  if (typeof schemaVersion === 'number' && schemaVersion < 9) normaliseV8Rows(raw['tables']);
  if (typeof schemaVersion === 'number' && schemaVersion < 10) normaliseV9Rows(raw['tables']);
}
