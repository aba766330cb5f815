import { describe, expect, it } from 'vitest';
import { createV7Database, v7Records } from '../../../tests/fixtures/databases/v7';
import { readRawRows } from '../../../tests/fixtures/raw-indexeddb';
import { checkRecord } from '../../domain/record-check';
import { PAYLOAD_FIELD } from '../codec';
import { RestoryDb } from '../db';
import { stampWrites } from '../stamp-hooks';

const NAME = 'restory-v7-fixture';
const [underWay, planned] = v7Records.conversations;
const V8_FIELDS = { incidentId: null, kind: 'own', withWho: null, answers: {} };

describe('upgrading a version 7 database to version 8', () => {
  it('gives each conversation no incident, its own kind and no answers, changing nothing else', async () => {
    await createV7Database(NAME);
    const db = new RestoryDb(NAME);
    // With the app's stamp hooks on: a change of shape must not stamp a row as changed.
    stampWrites(db);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(8);

    expect(await db.conversations.get('conv-1')).toEqual({ ...underWay, ...V8_FIELDS });
    // Its row had no stamp and gets none.
    expect(await db.conversations.get('conv-2')).toEqual({ ...planned, ...V8_FIELDS });
    expect(await db.people.toArray()).toEqual(v7Records.people);
    expect(await db.media.get('drawing-1')).toEqual(v7Records.media[0]);
    expect(await db.incidents.count()).toBe(0);
    // No conversation belongs to an incident, and the new index can be asked.
    expect(await db.conversations.where('incidentId').equals('any').count()).toBe(0);

    for (const record of await db.conversations.toArray()) {
      expect(checkRecord('conversations', record).outcome, record.id).toBe('ok');
    }
    // The indexed incident sits in the envelope, the rest in the payload.
    const [stored] = await readRawRows(NAME, 'conversations');
    expect(stored).toMatchObject({
      id: 'conv-1',
      incidentId: null,
      [PAYLOAD_FIELD]: { kind: 'own', withWho: null, answers: {} },
    });
    expect(stored?.[PAYLOAD_FIELD]).not.toHaveProperty('incidentId');
    db.close();
    await db.delete();
  });

  it('lets an incident and a conversation that belongs to it be stored and found', async () => {
    await createV7Database(NAME);
    const db = new RestoryDb(NAME);
    await db.open();
    await db.conversations.update('conv-1', { incidentId: 'incident-1' });
    const found = await db.conversations.where('incidentId').equals('incident-1').primaryKeys();
    expect(found).toEqual(['conv-1']);
    // Version 9 adds support plans, a table of their own: empty, and found by person.
    expect(await db.plans.where('personId').equals('person-1').count()).toBe(0);
    db.close();
    await db.delete();
  });
});
