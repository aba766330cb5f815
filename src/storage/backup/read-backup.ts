/**
 * Reading a backup file without trusting it. Everything is checked before anything is written:
 * the zip's declared sizes before inflating (a zip bomb never gets its memory), entry names
 * (only `backup.json` and `media/<id>`), the JSON (no `__proto__`/`constructor` keys), the
 * strict schema, duplicate ids, that every picture listed is present with its size, and that the
 * backup is whole: every conversation's person and every picture a record points at is in it.
 * Settings are an allowlist (backed-up-settings.ts): this tablet's own state is never read.
 */
import * as v from 'valibot';
import type { Media } from '../../domain/types';
import { db } from '../database';
import {
  addV2ConversationDefaults,
  addV2PersonDefaults,
} from '../migrations/v2-profiles-and-preparation';
import { addV3ConversationDefaults } from '../migrations/v3-together-steps';
import { fromSeededLibrary } from '../migrations/v4-catalogue';
import { BackupError, isBackupError } from './backup-error';
import { backedUpSettings } from './backed-up-settings';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_JSON_NAME,
  BACKUP_LIMITS,
  backupFileSchema,
  mediaEntryName,
  type BackupFile,
  type BackupScope,
} from './backup-schema';
import { loadFflate, type BackupRows, type Fflate } from './zip-backup';
import { hasIntactEntries } from './zip-integrity';

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

type Entries = ReadonlyMap<string, Uint8Array>;

// encodeURIComponent's alphabet only, and never "." or ".." as a name.
const MEDIA_NAME = /^media\/(?!\.\.?$)[\w.!~*'()%-]{1,600}$/;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function unzipChecked(fflate: Fflate, bytes: Uint8Array): Entries {
  const names = new Set<string>();
  let declared = 0;
  const filter = ({ name, originalSize }: { name: string; originalSize: number }) => {
    if ((name !== BACKUP_JSON_NAME && !MEDIA_NAME.test(name)) || names.has(name)) {
      throw new BackupError('not-a-backup', 'unexpected entry name');
    }
    names.add(name);
    declared += originalSize;
    const isJsonTooBig = name === BACKUP_JSON_NAME && originalSize > BACKUP_LIMITS.jsonBytes;
    if (
      isJsonTooBig ||
      declared > BACKUP_LIMITS.totalBytes ||
      names.size > BACKUP_LIMITS.rows.media + 1
    ) {
      throw new BackupError('too-big', 'declared sizes');
    }
    return true;
  };
  try {
    const entries = new Map(Object.entries(fflate.unzipSync(bytes, { filter })));
    if (!hasIntactEntries(bytes, entries)) throw new BackupError('not-a-backup', 'checksum');
    return entries;
  } catch (error) {
    if (isBackupError(error)) throw error;
    throw new BackupError('not-a-backup', 'unzip', { cause: error });
  }
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

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

function checkVersions(raw: unknown): void {
  if (!isPlainObject(raw) || raw['format'] !== BACKUP_FORMAT) {
    throw new BackupError('not-a-backup', 'format');
  }
  const { formatVersion, schemaVersion } = raw;
  const isNewer =
    (typeof formatVersion === 'number' && formatVersion > BACKUP_FORMAT_VERSION) ||
    (typeof schemaVersion === 'number' && schemaVersion > db.verno);
  if (isNewer) throw new BackupError('newer-version');
  if (typeof schemaVersion === 'number' && schemaVersion < 2) normaliseOldRows(raw['tables']);
  if (typeof schemaVersion === 'number' && schemaVersion < 3) normaliseV2Rows(raw['tables']);
  if (typeof schemaVersion === 'number' && schemaVersion < 4) normaliseSeededLibrary(raw['tables']);
}

function checkUniqueIds(file: BackupFile): void {
  const { settings, ...rest } = file.tables;
  const lists = [
    ...Object.values(rest).map((rows) => rows.map((r) => r.id)),
    settings.map((s) => s.key),
  ];
  if (lists.some((ids) => new Set(ids).size !== ids.length)) {
    throw new BackupError('not-a-backup', 'duplicate ids');
  }
  const { scope } = file;
  if (scope !== 'all' && !file.tables.people.some((p) => p.id === scope.personId)) {
    throw new BackupError('not-a-backup', 'person missing');
  }
}

/** Every person a conversation belongs to, and every picture a record points at, is in the file. */
function checkReferences(file: BackupFile): void {
  const { people, conversations, media, cards, overrides } = file.tables;
  const personIds = new Set(people.map((p) => p.id));
  const ownerIds = new Set([...personIds, ...conversations.map((c) => c.id)]);
  const mediaIds = new Set(media.map((m) => m.id));
  const refuse = (detail: string) => {
    throw new BackupError('not-a-backup', detail);
  };
  for (const conversation of conversations) {
    if (!personIds.has(conversation.personId)) refuse('a conversation without its person');
    for (const feeling of conversation.feelings) {
      if (feeling.drawingMediaId !== null && !mediaIds.has(feeling.drawingMediaId))
        refuse('a drawing missing');
    }
  }
  for (const person of people) {
    const images = [
      person.picture,
      ...person.likes.map((c) => c.image),
      ...person.calming.map((c) => c.image),
    ];
    for (const image of images) {
      if (image?.kind === 'media' && !mediaIds.has(image.mediaId)) refuse('a picture missing');
    }
  }
  for (const card of [...cards, ...overrides]) {
    if (card.image?.kind === 'media' && !mediaIds.has(card.image.mediaId))
      refuse('a card’s picture missing');
  }
  for (const item of media) {
    if (item.ownerId !== null && !ownerIds.has(item.ownerId)) refuse('a picture without its owner');
  }
}

function parseBackupFile(json: Uint8Array | undefined): BackupFile {
  if (!json) throw new BackupError('not-a-backup', 'no backup.json');
  const raw = parseJson(json);
  checkVersions(raw);
  const result = v.safeParse(backupFileSchema, raw);
  if (!result.success) {
    throw new BackupError('not-a-backup', v.getDotPath(result.issues[0]) ?? 'schema');
  }
  checkUniqueIds(result.output);
  checkReferences(result.output);
  return result.output;
}

function attachMedia(file: BackupFile, entries: Entries): Media[] {
  // Names map one-to-one to unique ids, so equal counts mean no entry is left unexplained.
  if (entries.size !== file.tables.media.length + 1) {
    throw new BackupError('not-a-backup', 'media entries');
  }
  return file.tables.media.map(({ size, ...meta }) => {
    const bytes = entries.get(mediaEntryName(meta.id));
    if (!bytes || bytes.byteLength !== size) throw new BackupError('not-a-backup', 'media bytes');
    return { ...meta, bytes };
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

export async function readBackup(bytes: Uint8Array): Promise<CheckedBackup> {
  if (bytes.byteLength > BACKUP_LIMITS.fileBytes) throw new BackupError('too-big', 'file');
  const fflate = await loadFflate();
  const entries = unzipChecked(fflate, bytes);
  const file = parseBackupFile(entries.get(BACKUP_JSON_NAME));
  const media = attachMedia(file, entries);
  const settings = backedUpSettings(file.tables.settings.map(({ key, value }) => ({ key, value })));
  if (!settings) throw new BackupError('not-a-backup', 'a setting with a wrong value');
  return {
    summary: summarise(file),
    scope: file.scope,
    rows: { ...file.tables, media, settings },
  };
}
