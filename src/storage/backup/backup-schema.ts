/**
 * The shape of `backup.json` inside a backup zip, checked strictly: unknown keys, wrong types,
 * oversized lists and texts are refused. Each table's rows are the records' own schemas
 * (domain/record-schemas.ts), so a record has one definition. The caps are far above what a
 * tablet holds, so a real backup always fits and a hostile one cannot make restore allocate
 * without bound.
 */
import * as v from 'valibot';
import { RECORD_LIMITS, recordId as id, time } from '../../domain/record-kit';
import { RECORD_SCHEMAS as R } from '../../domain/record-schemas';

export const BACKUP_FORMAT = 'restory-backup';
export const BACKUP_FORMAT_VERSION = 1;

/** The record caps (domain/record-kit.ts) and the caps of a whole file. */
export const BACKUP_LIMITS = {
  ...RECORD_LIMITS,
  /** Whole backup once unzipped: JSON plus every media file. */
  totalBytes: 500 * 1024 * 1024,
  /** The zip file itself, before unzipping. */
  fileBytes: 520 * 1024 * 1024,
  jsonBytes: 100 * 1024 * 1024,
  rowsPerTable: 100_000,
} as const;

const L = BACKUP_LIMITS;
const rows = <T extends v.GenericSchema>(row: T) =>
  v.pipe(v.array(row), v.maxLength(L.rowsPerTable));

/** A media record without its bytes: they travel as the zip entry `media/<id>`. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- every field but the bytes
const { bytes, ...mediaFields } = R.media.entries;
const mediaMeta = v.strictObject({
  ...mediaFields,
  size: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(L.totalBytes)),
});

export const backupFileSchema = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  formatVersion: v.literal(BACKUP_FORMAT_VERSION),
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  createdAt: time,
  scope: v.union([v.literal('all'), v.strictObject({ personId: id })]),
  tables: v.strictObject({
    people: rows(R.person),
    cards: rows(R.card),
    boards: rows(R.board),
    overrides: rows(R.override),
    conversations: rows(R.conversation),
    media: rows(mediaMeta),
    settings: rows(R.setting),
    tombstones: rows(R.tombstone),
  }),
});

export type BackupFile = v.InferOutput<typeof backupFileSchema>;
export type BackupTables = BackupFile['tables'];
export type MediaMeta = BackupTables['media'][number];
export type BackupScope = BackupFile['scope'];

export const mediaEntryName = (mediaId: string) => `media/${encodeURIComponent(mediaId)}`;
export const BACKUP_JSON_NAME = 'backup.json';
