import { describe, expect, it } from 'vitest';
import { createV1Database, v1Records } from '../../../tests/fixtures/databases/v1';
import { TOGETHER_DEFAULTS } from '../../domain/records';
import { V8_CONVERSATION_FIELDS } from '../../../tests/fixtures/databases/later-versions';
import { RestoryDb } from '../db';

describe('upgrading a version 1 database to the current version', () => {
  it('keeps every record and gives people and conversations their new fields', async () => {
    await createV1Database('restory-v1-fixture');
    const db = new RestoryDb('restory-v1-fixture');
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(3);

    for (const original of v1Records.people) {
      expect(await db.people.get(original.id)).toEqual({
        ...original,
        picture: null,
        communication: { symbols: true, photos: true, readsText: false, speech: true },
        likes: [],
        calming: [],
        archivedAt: null,
        feelings: [],
      });
    }
    const [v1Conversation] = v1Records.conversations;
    expect(await db.conversations.get('conv-1')).toEqual({
      ...v1Conversation,
      // Version 3 gives each placed picture its (empty) bubbles and the rest of Together.
      story: [
        {
          id: 'f1',
          caption: 'at lunch',
          placements: [{ id: 'p1', cardId: 'feeling-angry', bubbles: [] }],
        },
      ],
      ...TOGETHER_DEFAULTS,
      ...V8_CONVERSATION_FIELDS,
      preparation: null,
      readiness: {},
      rescheduledFor: '',
      isOnBreak: false,
      startedAt: 3000,
      completedAt: null,
    });
    expect((await db.conversations.get('conv-2'))?.startedAt).toBeNull();
    // The edited starter card lives on as an override of the catalogue's (version 4).
    expect(await db.cards.count()).toBe(0);
    expect(await db.boards.count()).toBe(0);
    expect(await db.overrides.get('feeling-angry')).toMatchObject({ labels: { en: 'cross' } });
    expect(await db.settings.toArray()).toEqual(v1Records.settings);
    expect(await db.tombstones.toArray()).toEqual(v1Records.tombstones);
    const media = await db.media.get('m1');
    expect(Array.from(media?.bytes ?? [])).toEqual([255, 216, 255, 224]);
    db.close();
    await db.delete();
  });
});
