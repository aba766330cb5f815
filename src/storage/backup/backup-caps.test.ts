/**
 * A backup brings in nothing the app itself could not hold (issue 18, point 2): every text staff
 * type is capped where its field is (domain/text-limits.ts), and rows per table are capped above
 * a real tablet's (backup-schema.ts). Records made through the app at its longest still restore;
 * one character or one row more is refused, and nothing changes.
 */
import { describe, expect, it } from 'vitest';
import {
  allTablesJson,
  craftBackup,
  seedBackupData,
  wipeDatabase,
  type BackupJson,
} from '../../../tests/fixtures/backup';
import { startConversationAt, withSmallCatalogue } from '../../../tests/fixtures/builders';
import { TEXT_LIMITS as T } from '../../domain/text-limits';
import { OWN_FEELINGS_MAX } from '../../domain/types';
import { applyStoryChange, savePreparation } from '../conversations-repo';
import { db } from '../database';
import { addPerson, updateProfile } from '../people-repo';
import { markAffected, saveCommitmentNote, saveStaffNotes } from '../together-repo';
import { BACKUP_LIMITS } from './backup-schema';
import { exportBackup } from './export-backup';
import { applyBackup, readBackup } from './restore-backup';

const long = (length: number) => 'w'.repeat(length);
type Row = Record<string, unknown>;
const first = (json: BackupJson, table: string): Row => json.tables[table]?.[0] ?? {};
const conversation = (json: BackupJson) =>
  json.tables['conversations']?.find((c) => c['id'] === 'conv-sam') ?? {};
const frame = (json: BackupJson) => (conversation(json)['story'] as Row[])[0] ?? {};

/** Each field the app caps, one character over its cap. */
const OVER_LONG: [string, string, (json: BackupJson) => void][] = [
  [
    'a name',
    'tables.people.0.displayName',
    (json) => (first(json, 'people')['displayName'] = long(T.personName + 1)),
  ],
  [
    'a like',
    'tables.people.0.likes.0.text',
    (json) =>
      (first(json, 'people')['likes'] = [
        { id: 'l', text: long(T.profileCardText + 1), image: null },
      ]),
  ],
  [
    'a ninth own feeling',
    'tables.people.0.feelings',
    (json) =>
      (first(json, 'people')['feelings'] = Array.from(
        { length: OWN_FEELINGS_MAX + 1 },
        (_, i) => `feeling-${String(i)}`,
      )),
  ],
  [
    'a card label',
    'tables.cards.0.labels.en',
    (json) => (first(json, 'cards')['labels'] = { en: long(T.label + 1) }),
  ],
  [
    'a caption',
    'tables.conversations.1.story.0.caption',
    (json) => (frame(json)['caption'] = long(T.caption + 1)),
  ],
  [
    'a bubble',
    'tables.conversations.1.story.0.placements.0.bubbles.0.text',
    (json) => {
      const bubble = { id: 'b', kind: 'they-said', text: long(T.bubble + 1), cardId: null };
      frame(json)['placements'] = [{ id: 'p', cardId: 'card-a', bubbles: [bubble] }];
    },
  ],
  [
    'a named person affected',
    'tables.conversations.1.affected.0.who.name',
    (json) => {
      const who = { kind: 'named', name: long(T.affectedName + 1) };
      conversation(json)['affected'] = [{ id: 'a', who, feelingCardId: null }];
    },
  ],
  [
    'a staff note',
    'tables.conversations.1.preparation.staffNote',
    (json) => {
      const note = long(T.staffNote + 1);
      conversation(json)['preparation'] = {
        ...{ incidentAt: '', place: '', staffNote: note, staff: '', thirdPerson: '' },
        supports: [],
      };
    },
  ],
  [
    'a commitment note',
    'tables.conversations.1.commitmentNote',
    (json) => (conversation(json)['commitmentNote'] = long(T.commitmentNote + 1)),
  ],
  [
    'staff notes',
    'tables.conversations.1.staffNotes',
    (json) => (conversation(json)['staffNotes'] = long(T.staffNotes + 1)),
  ],
  [
    `${String(BACKUP_LIMITS.rows.people + 1)} people`,
    'tables.people',
    (json) => {
      const person = first(json, 'people');
      json.tables['people'] = Array.from({ length: BACKUP_LIMITS.rows.people + 1 }, (_, i) =>
        i === 0 ? person : { ...person, id: `p${String(i)}`, picture: null },
      );
    },
  ],
];

describe('caps within what the app allows', () => {
  it.each(OVER_LONG)('refuses %s over its cap (%s)', async (_, path, craft) => {
    await seedBackupData();
    const bytes = await craftBackup(craft);
    const before = await allTablesJson();
    const refusal = readBackup(bytes);
    await expect(refusal).rejects.toMatchObject({ reason: 'not-a-backup' });
    // Refused for that field, not for anything else the change might have broken.
    await expect(refusal).rejects.toThrow(new RegExp(`: ${path.replaceAll('.', '\\.')}$`));
    expect(await allTablesJson()).toBe(before);
  });

  it('restores what the app stores at its longest', async () => {
    withSmallCatalogue();
    const personId = await addPerson(long(500));
    const card = { id: 'like', text: long(500), image: null };
    await updateProfile(personId, {
      displayName: long(500),
      language: 'en',
      communication: { symbols: true, photos: true, readsText: true, speech: true },
      likes: [card],
      calming: [],
      feelings: Array.from({ length: 20 }, (_, i) => `feeling-${String(i)}`),
    });
    const id = await startConversationAt(personId, 'finish');
    const frameId = (await db.conversations.get(id))?.story[0]?.id ?? '';
    await applyStoryChange(id, { type: 'set-caption', frameId, caption: long(500) });
    await savePreparation(id, { place: long(5000), staffNote: long(5000), staff: long(5000) });
    await markAffected(id, { kind: 'named', name: long(500) });
    await saveCommitmentNote(id, long(5000));
    await saveStaffNotes(id, long(5000));
    const stored = await db.conversations.get(id);
    expect(stored?.story[0]?.caption).toHaveLength(T.caption);
    expect(stored?.staffNotes).toHaveLength(T.staffNotes);
    expect((await db.people.get(personId))?.feelings).toHaveLength(OWN_FEELINGS_MAX);

    const records = async () => [await db.people.toArray(), await db.conversations.toArray()];
    const bytes = await exportBackup();
    const before = await records();
    await wipeDatabase();
    await applyBackup(await readBackup(bytes), 'merge');
    expect(await records()).toEqual(before);
  });
});
