import { describe, expect, it } from 'vitest';
import { createV4Database, v4Records } from '../../../tests/fixtures/databases/v4';
import {
  ENVELOPE_FIELDS_AFTER_V5,
  withLaterFields,
} from '../../../tests/fixtures/databases/later-versions';
import { readRawRows } from '../../../tests/fixtures/raw-indexeddb';
import { envelopeFields, PAYLOAD_FIELD } from '../codec';
import { RestoryDb } from '../db';
import { stampWrites } from '../stamp-hooks';
import { V5_ENVELOPES } from './v5-record-envelope';

const NAME = 'restory-v4-fixture';

/** A table's version-5 envelope with the fields later versions moved into it, each in its place. */
function envelopeAfterV5(table: string, v5 = V5_ENVELOPES[table] ?? []): string[] {
  const fields = [...v5];
  const later = ENVELOPE_FIELDS_AFTER_V5[table];
  if (later) fields.splice(fields.indexOf(later[0]) + 1, 0, later[1]);
  return fields;
}

describe('upgrading a version 4 database to version 5', () => {
  it('rewrites every row into envelope and payload, changing nothing it says', async () => {
    await createV4Database(NAME);
    const db = new RestoryDb(NAME);
    // With the app's stamp hooks on: a change of layout must not stamp a row as changed.
    stampWrites(db);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(5);

    for (const [table, rows] of Object.entries(v4Records)) {
      const key = table === 'settings' ? 'key' : 'id';
      const read = await db.table(table).orderBy(key).toArray();
      // The device id is a setting of its own, added when the database opens.
      expect(
        read.filter((row: { key?: string }) => row.key !== 'deviceId'),
        table,
      ).toEqual(
        [...rows]
          .sort((a, b) =>
            String(a[key as keyof typeof a]).localeCompare(String(b[key as keyof typeof b])),
          )
          .map((row) => withLaterFields(table, row)),
      );
      for (const stored of await readRawRows(NAME, table)) {
        const outside = Object.keys(stored).filter((field) => field !== PAYLOAD_FIELD);
        expect(
          outside.filter((field) => !envelopeAfterV5(table).includes(field)),
          table,
        ).toEqual([]);
      }
    }
    const [sam] = await readRawRows(NAME, 'people');
    expect(sam).toMatchObject({ id: 'person-1', [PAYLOAD_FIELD]: { displayName: 'Sam' } });
    const [entry] = await readRawRows(NAME, 'audit');
    expect(entry?.[PAYLOAD_FIELD]).toEqual({ actor: 'Jo' });
    db.close();
    await db.delete();
  });

  it('froze the envelopes the codec had when version 5 shipped', () => {
    // Moving a field in or out of an envelope later needs a migration of its own.
    for (const [table, envelope] of Object.entries(V5_ENVELOPES)) {
      expect([...envelopeFields(table)], table).toEqual(envelopeAfterV5(table, envelope));
    }
  });
});
