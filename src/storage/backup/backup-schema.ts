/**
 * The shape of `backup.json` inside a backup zip, checked strictly: unknown keys, wrong types,
 * oversized lists and texts are refused. The caps are far above what a tablet holds, so a real
 * backup always fits and a hostile one cannot make restore allocate without bound.
 */
import * as v from 'valibot';
import {
  BUBBLE_KINDS,
  COMMITMENTS,
  CONVERSATION_STATUSES,
  FEELING_SIZES,
  SUPPORTS,
  TOGETHER_STEPS,
  WAYS,
} from '../../domain/types';

export const BACKUP_FORMAT = 'restory-backup';
export const BACKUP_FORMAT_VERSION = 1;

export const BACKUP_LIMITS = {
  /** Whole backup once unzipped: JSON plus every media file. */
  totalBytes: 500 * 1024 * 1024,
  /** The zip file itself, before unzipping. */
  fileBytes: 520 * 1024 * 1024,
  jsonBytes: 100 * 1024 * 1024,
  rowsPerTable: 100_000,
  listItems: 1_000,
  id: 200,
  shortText: 1_000,
  longText: 10_000,
} as const;

const L = BACKUP_LIMITS;
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(L.id));
const time = v.pipe(v.number(), v.finite());
/** A change stamp (domain/hlc.ts); rows from backups made before stamps have none. */
const stamp = v.optional(
  v.pipe(v.string(), v.regex(/^[0-9a-z]{10}-[0-9a-z]{4}-[0-9A-Za-z-]{1,64}$/)),
);
const shortText = v.pipe(v.string(), v.maxLength(L.shortText));
const longText = v.pipe(v.string(), v.maxLength(L.longText));
const origin = v.picklist(['starter', 'staff']);
const rows = <T extends v.GenericSchema>(row: T) =>
  v.pipe(v.array(row), v.maxLength(L.rowsPerTable));
const list = <T extends v.GenericSchema>(item: T) =>
  v.pipe(v.array(item), v.maxLength(L.listItems));
const smallRecord = <T extends v.GenericSchema>(value: T) =>
  v.pipe(
    // valibot's record() lets a list through as an object: refuse lists first.
    v.custom<object>(
      (input) => typeof input === 'object' && input !== null && !Array.isArray(input),
    ),
    v.record(v.pipe(v.string(), v.maxLength(L.id)), value),
    v.check((o) => Object.keys(o).length <= L.listItems),
  );

const imageSource = v.variant('kind', [
  v.strictObject({ kind: v.literal('symbol'), symbol: v.pipe(v.string(), v.maxLength(L.id)) }),
  v.strictObject({ kind: v.literal('media'), mediaId: id }),
]);

const profileCard = v.strictObject({ id, text: shortText, image: v.nullable(imageSource) });

const person = v.strictObject({
  id,
  displayName: shortText,
  language: v.pipe(v.string(), v.maxLength(L.id)),
  picture: v.nullable(imageSource),
  communication: v.strictObject({
    symbols: v.boolean(),
    photos: v.boolean(),
    readsText: v.boolean(),
    speech: v.boolean(),
  }),
  likes: list(profileCard),
  calming: list(profileCard),
  archivedAt: v.nullable(time),
  createdAt: time,
  updatedAt: time,
  stamp,
});

const card = v.strictObject({
  id,
  kind: v.picklist(['symbol', 'feeling', 'strategy', 'phrase']),
  boardId: id,
  labels: smallRecord(shortText),
  image: imageSource,
  origin,
  createdAt: time,
  updatedAt: time,
  stamp,
});

const board = v.strictObject({
  id,
  labels: smallRecord(shortText),
  colour: v.pipe(v.string(), v.maxLength(L.id)),
  order: time,
  cardIds: rows(id),
  origin,
  createdAt: time,
  updatedAt: time,
  stamp,
});

const frame = v.strictObject({
  id,
  caption: longText,
  placements: list(
    v.strictObject({
      id,
      cardId: id,
      bubbles: list(
        v.strictObject({
          id,
          kind: v.picklist(BUBBLE_KINDS),
          text: shortText,
          cardId: v.nullable(id),
        }),
      ),
    }),
  ),
});

const welcome = v.strictObject({
  ways: list(v.picklist(WAYS)),
  isThirdPersonJoining: v.nullable(v.boolean()),
  isCalmFirst: v.nullable(v.boolean()),
});

const frameFeeling = v.strictObject({
  frameId: id,
  cardId: v.nullable(id),
  size: v.nullable(v.picklist(FEELING_SIZES)),
  colour: v.nullable(v.pipe(v.string(), v.regex(/^#[0-9a-fA-F]{6}$/))),
  drawingMediaId: v.nullable(id),
  soundId: v.nullable(id),
});

const affectedWho = v.variant('kind', [
  v.strictObject({ kind: v.literal('self') }),
  v.strictObject({ kind: v.literal('card'), cardId: id }),
  v.strictObject({ kind: v.literal('named'), name: shortText }),
]);

const positive = v.strictObject({
  activityId: id,
  plannedFor: v.pipe(v.string(), v.maxLength(L.id)),
  doneAt: v.nullable(time),
});

const preparation = v.strictObject({
  incidentAt: shortText,
  place: longText,
  staffNote: longText,
  staff: longText,
  thirdPerson: longText,
  supports: list(v.picklist(SUPPORTS)),
});

const conversation = v.strictObject({
  id,
  personId: id,
  status: v.picklist(CONVERSATION_STATUSES),
  step: v.picklist(TOGETHER_STEPS),
  story: list(frame),
  preparation: v.nullable(preparation),
  readiness: smallRecord(v.picklist(['yes', 'not-yet'])),
  rescheduledFor: v.pipe(v.string(), v.maxLength(L.id)),
  isOnBreak: v.boolean(),
  startedAt: v.nullable(time),
  completedAt: v.nullable(time),
  welcome,
  feelings: list(frameFeeling),
  links: list(v.strictObject({ id, feelingCardId: id, behaviourCardId: id })),
  affected: list(v.strictObject({ id, who: affectedWho, feelingCardId: v.nullable(id) })),
  strategies: list(id),
  commitments: list(v.picklist(COMMITMENTS)),
  commitmentNote: longText,
  positive: v.nullable(positive),
  staffNotes: longText,
  revision: v.pipe(v.number(), v.integer(), v.minValue(0)),
  createdAt: time,
  updatedAt: time,
  stamp,
});

/** A media record without its bytes: they travel as the zip entry `media/<id>`. */
const mediaMeta = v.strictObject({
  id,
  ownerId: v.nullable(id),
  type: v.pipe(v.string(), v.maxLength(L.id)),
  size: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(L.totalBytes)),
  createdAt: time,
  updatedAt: time,
  stamp,
});

const setting = v.strictObject({ key: id, value: v.unknown() });
const tombstone = v.strictObject({
  id,
  table: v.pipe(v.string(), v.maxLength(L.id)),
  deletedAt: time,
  stamp,
});

export const backupFileSchema = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  formatVersion: v.literal(BACKUP_FORMAT_VERSION),
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  createdAt: time,
  scope: v.union([v.literal('all'), v.strictObject({ personId: id })]),
  tables: v.strictObject({
    people: rows(person),
    cards: rows(card),
    boards: rows(board),
    conversations: rows(conversation),
    media: rows(mediaMeta),
    settings: rows(setting),
    tombstones: rows(tombstone),
  }),
});

export type BackupFile = v.InferOutput<typeof backupFileSchema>;
export type BackupTables = BackupFile['tables'];
export type MediaMeta = BackupTables['media'][number];
export type BackupScope = BackupFile['scope'];

export const mediaEntryName = (mediaId: string) => `media/${encodeURIComponent(mediaId)}`;
export const BACKUP_JSON_NAME = 'backup.json';
