import { describe, expect, it } from 'vitest';
import { createV6Database, v6Records } from '../../../tests/fixtures/databases/v6';
import { withFieldsAfterV7 } from '../../../tests/fixtures/databases/later-versions';
import { readRawRows } from '../../../tests/fixtures/raw-indexeddb';
import { checkRecord } from '../../domain/record-check';
import { feelingsIn } from '../../domain/together';
import { PAYLOAD_FIELD } from '../codec';
import { RestoryDb } from '../db';
import { stampWrites } from '../stamp-hooks';

const NAME = 'restory-v6-fixture';
const [sam, lina] = v6Records.people;
const [underWay, planned] = v6Records.conversations;

describe('upgrading a version 6 database to version 7', () => {
  it('gives each feeling an id, each conversation no open step and each person no own feelings, changing nothing else', async () => {
    await createV6Database(NAME);
    const db = new RestoryDb(NAME);
    // With the app's stamp hooks on: a change of shape must not stamp a row as changed.
    stampWrites(db);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(7);

    const conversation = await db.conversations.get('conv-1');
    expect(conversation).toEqual(
      withFieldsAfterV7('conversations', {
        ...underWay,
        feelings: [
          { ...underWay?.feelings[0], id: 'f2' },
          { ...underWay?.feelings[1], id: 'f1' },
        ],
        feelingsFrameId: null,
      }),
    );
    // One feeling per step as before, each now addressed by its own id.
    expect(feelingsIn(conversation!, 'f1').map((f) => [f.id, f.cardId, f.size])).toEqual([
      ['f1', 'feeling-angry', 4],
    ]);
    expect(await db.conversations.get('conv-2')).toEqual(
      withFieldsAfterV7('conversations', { ...planned, feelingsFrameId: null }),
    );
    expect(await db.people.get('person-1')).toEqual({ ...sam, feelings: [] });
    // Its row had no stamp and gets none.
    expect(await db.people.get('person-2')).toEqual({ ...lina, feelings: [] });
    expect(await db.media.get('drawing-1')).toEqual(v6Records.media[0]);

    // Every record reads as this version's records must, with nothing to mend.
    for (const record of await db.people.toArray()) {
      expect(checkRecord('people', record).outcome, record.id).toBe('ok');
    }
    for (const record of await db.conversations.toArray()) {
      expect(checkRecord('conversations', record).outcome, record.id).toBe('ok');
    }
    // Still in the codec's layout: the new fields are in the payload, never in the envelope.
    const [stored] = await readRawRows(NAME, 'conversations');
    expect(stored).toMatchObject({ id: 'conv-1', [PAYLOAD_FIELD]: { feelingsFrameId: null } });
    expect(stored).not.toHaveProperty('feelingsFrameId');
    db.close();
    await db.delete();
  });
});
