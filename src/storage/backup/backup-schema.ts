/**
 * The shape of `backup.json` inside a backup zip, checked strictly: unknown keys, wrong types,
 * oversized lists and texts are refused. Each table's rows are the records' own schemas
 * (domain/record-schemas.ts), so a record has one definition, and a text is capped where the app
 * caps it (domain/text-limits.ts). Row counts are capped per table, above what a tablet holds, so
 * a real backup always fits and a hostile one cannot make restore allocate without bound.
 */
import * as v from 'valibot';
import { RECORD_LIMITS, recordId as id, time } from '../../domain/record-kit';
import { RECORD_SCHEMAS as R } from '../../domain/record-schemas';

export const BACKUP_FORMAT = 'restory-backup';
export const BACKUP_FORMAT_VERSION = 1;

/**
 * Rows per table. A tablet holds a service's people — hundreds, a few thousand over years with
 * archived people kept — so 5,000 people; four conversations each at that cap (20,000 of about
 * 4.5 KB is already near the 100 MB JSON cap); pictures, sounds and drawings are capped by their
 * bytes, so their count only bounds the zip's entries. Cards and overrides are staff changes to
 * a catalogue of about 300 cards; settings are a handful (older files carry device keys, which
 * are left out); a tombstone is left by every deletion ever made, and is tiny.
 */
export const BACKUP_ROWS = {
  people: 5_000,
  conversations: 20_000,
  media: 100_000,
  cards: 10_000,
  boards: 1_000,
  overrides: 10_000,
  settings: 1_000,
  tombstones: 100_000,
  incidents: 20_000,
  /** One plan per person. */
  plans: 5_000,
  /** Social stories: a few per person. */
  stories: 50_000,
} as const;

/** The record caps (domain/record-kit.ts) and the caps of a whole file. */
export const BACKUP_LIMITS = {
  ...RECORD_LIMITS,
  /** Whole backup once unzipped: JSON plus every media file. */
  totalBytes: 500 * 1024 * 1024,
  /** The zip file itself, before unzipping. */
  fileBytes: 520 * 1024 * 1024,
  jsonBytes: 100 * 1024 * 1024,
  rows: BACKUP_ROWS,
} as const;

const L = BACKUP_LIMITS;
const rows = <T extends v.GenericSchema>(row: T, max: number) =>
  v.pipe(v.array(row), v.maxLength(max));

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
    people: rows(R.person, L.rows.people),
    cards: rows(R.card, L.rows.cards),
    boards: rows(R.board, L.rows.boards),
    overrides: rows(R.override, L.rows.overrides),
    conversations: rows(R.conversation, L.rows.conversations),
    media: rows(mediaMeta, L.rows.media),
    settings: rows(R.setting, L.rows.settings),
    tombstones: rows(R.tombstone, L.rows.tombstones),
    incidents: rows(R.incident, L.rows.incidents),
    plans: rows(R.plan, L.rows.plans),
    stories: rows(R.story, L.rows.stories),
  }),
});

export type BackupFile = v.InferOutput<typeof backupFileSchema>;
export type BackupTables = BackupFile['tables'];
export type MediaMeta = BackupTables['media'][number];
export type BackupScope = BackupFile['scope'];

export const mediaEntryName = (mediaId: string) => `media/${encodeURIComponent(mediaId)}`;
export const BACKUP_JSON_NAME = 'backup.json';
