/**
 * Back up now: everything, or one person with what they need to restore on another tablet
 * (their conversations, the cards and boards those conversations use, and their pictures).
 * Rows are read in one read transaction, so the backup is one consistent moment; zipping
 * happens after it, in slices, so the screen can show progress.
 */
import type { Media, Person } from '../../domain/types';
import { db, now } from '../database';
import type { BackupScope } from './backup-schema';
import { recordInAudit } from '../audit-repo';
import { openSealedRows, readingForBackup } from '../protection';
import { protectBackupFile } from './protected-backup';
import { isBackedUpSetting } from './backed-up-settings';
import { loadFflate, zipBackupSteps, type BackupProgress, type BackupRows } from './zip-backup';
import { cardIdsUsedBy } from '../../domain/together';
import { cardIdsOf } from '../../domain/incidents';
import { planMediaIds } from '../../domain/plan';
import { storyMediaIds } from '../../domain/story';

export const BACKUP_TABLES = [
  db.people,
  db.cards,
  db.boards,
  db.overrides,
  db.conversations,
  db.media,
  db.settings,
  db.tombstones,
  db.incidents,
  db.plans,
  db.stories,
];

const isDefined = <T>(value: T | undefined): value is T => value !== undefined;
const unique = (ids: readonly string[]) => [...new Set(ids)];

/** Every table. Call inside a transaction over BACKUP_TABLES. */
export async function readAllRows(): Promise<BackupRows> {
  const settings = await db.settings.toArray();
  return {
    people: await db.people.toArray(),
    cards: await db.cards.toArray(),
    boards: await db.boards.toArray(),
    overrides: await db.overrides.toArray(),
    conversations: await db.conversations.toArray(),
    media: await db.media.toArray(),
    settings: settings.filter((s) => isBackedUpSetting(s.key)),
    tombstones: await db.tombstones.toArray(),
    incidents: await db.incidents.toArray(),
    plans: await db.plans.toArray(),
    stories: await db.stories.toArray(),
  };
}

function mediaIdsOf(person: Person): string[] {
  const images = [
    person.picture,
    ...person.likes.map((c) => c.image),
    ...person.calming.map((c) => c.image),
  ];
  return images.flatMap((image) => (image?.kind === 'media' ? [image.mediaId] : []));
}

async function readPersonRows(personId: string): Promise<BackupRows> {
  const person = await db.people.get(personId);
  if (!person) throw new Error(`No person ${personId} to back up`);
  const conversations = await db.conversations.where('personId').equals(personId).toArray();
  const incidents = await db.incidents.where('personId').equals(personId).toArray();
  const plans = await db.plans.where('personId').equals(personId).toArray();
  const stories = await db.stories.where('personId').equals(personId).toArray();
  const usedCardIds = [...conversations.flatMap(cardIdsUsedBy), ...incidents.flatMap(cardIdsOf)];
  // Built-in cards come with the app; staff's own cards and their changes to built-in ones travel.
  const cards = (await db.cards.bulkGet(unique(usedCardIds))).filter(isDefined);
  const overrides = (await db.overrides.bulkGet(unique(usedCardIds))).filter(isDefined);
  const cardIds = new Set(cards.map((c) => c.id));
  // A board keeps only the cards in this backup, so it never points at cards it does not carry.
  const boards = (await db.boards.bulkGet(unique(cards.map((c) => c.boardId))))
    .filter(isDefined)
    .map((board) => ({ ...board, cardIds: board.cardIds.filter((id) => cardIds.has(id)) }));
  const owners = [personId, ...conversations.map((c) => c.id)];
  const owned = await db.media.where('ownerId').anyOf(owners).primaryKeys();
  const cardMedia = [...cards, ...overrides].flatMap((c) =>
    c.image?.kind === 'media' ? [c.image.mediaId] : [],
  );
  const mediaIds = unique([
    ...mediaIdsOf(person),
    ...cardMedia,
    ...owned,
    ...plans.flatMap(planMediaIds),
    ...stories.flatMap(storyMediaIds),
  ]);
  const media: Media[] = (await db.media.bulkGet(mediaIds)).filter(isDefined);
  return {
    people: [person],
    cards,
    boards,
    overrides,
    conversations,
    media,
    settings: [],
    tombstones: [],
    incidents,
    plans,
    stories,
  };
}

export interface ExportOptions {
  readonly personId?: string;
  readonly onProgress?: (progress: BackupProgress) => void;
}

/** Bytes between pauses that let the progress bar paint. */
const SLICE_BYTES = 4 * 1024 * 1024;

export async function exportBackup({ personId, onProgress }: ExportOptions = {}): Promise<
  Uint8Array<ArrayBuffer>
> {
  const fflate = await loadFflate();
  const scope: BackupScope = personId === undefined ? 'all' : { personId };
  const read = await db.transaction('r', BACKUP_TABLES, async () => {
    // With protection on, media comes back sealed and is opened after the transaction.
    readingForBackup();
    return await (personId === undefined ? readAllRows() : readPersonRows(personId));
  });
  const rows = { ...read, media: await openSealedRows('media', read.media) };
  const steps = zipBackupSteps(fflate, { rows, scope, schemaVersion: db.verno, createdAt: now() });
  let pausedAt = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) {
      await recordInAudit({
        action: 'exported',
        subject: personId === undefined ? 'backup' : 'person',
        recordId: personId ?? null,
        personId: personId ?? null,
      });
      // With protection on, the file leaves sealed (protected-backup.ts).
      return protectBackupFile(step.value);
    }
    onProgress?.(step.value);
    if (step.value.done - pausedAt >= SLICE_BYTES) {
      pausedAt = step.value.done;
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
}
