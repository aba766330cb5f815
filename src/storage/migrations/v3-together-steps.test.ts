import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createV2Database, v2Records } from '../../../tests/fixtures/databases/v2';
import {
  V8_CONVERSATION_FIELDS,
  withLaterFields,
} from '../../../tests/fixtures/databases/later-versions';
import { RestoryDb } from '../db';

const NOTHING_CHOSEN = {
  welcome: { ways: [], isThirdPersonJoining: null, isCalmFirst: null },
  feelings: [],
  links: [],
  affected: [],
  strategies: [],
  commitments: [],
  commitmentNote: '',
  positive: null,
  staffNotes: '',
  // Version 7.
  feelingsFrameId: null,
  // Version 8.
  ...V8_CONVERSATION_FIELDS,
};

describe('upgrading a version 2 database to version 3', () => {
  it('keeps every record, keeps each conversation on its step, and adds the rest of Together', async () => {
    await createV2Database('restory-v2-fixture');
    const db = new RestoryDb('restory-v2-fixture');
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(3);

    const [first, second] = v2Records.conversations;
    expect(await db.conversations.get('conv-1')).toEqual({
      ...first,
      story: [
        {
          id: 'f1',
          caption: 'at lunch',
          placements: [
            { id: 'p1', cardId: 'starter-teacher', bubbles: [] },
            { id: 'p2', cardId: 'feeling-angry', bubbles: [] },
          ],
        },
        { id: 'f2', caption: '', placements: [] },
      ],
      ...NOTHING_CHOSEN,
    });
    expect(await db.conversations.get('conv-2')).toEqual({ ...second, ...NOTHING_CHOSEN });
    expect(await db.people.toArray()).toEqual(
      v2Records.people.map((p) => withLaterFields('people', p)),
    );
    expect(await db.settings.toArray()).toEqual(v2Records.settings);
    expect(await db.cards.count()).toBe(0);
    const media = await db.media.get('m1');
    expect(Array.from(media?.bytes ?? [])).toEqual([255, 216, 255, 224]);
    db.close();
    await db.delete();
  });
});

describe('the shipped migrations', () => {
  it('import nothing of the app that could change what they write', () => {
    const dir = import.meta.dirname;
    const migrations = readdirSync(dir).filter((name) => /^v\d+-.*(?<!\.test)\.ts$/.test(name));
    expect(migrations.length).toBeGreaterThanOrEqual(2);
    for (const name of migrations) {
      const imports = readFileSync(`${dir}/${name}`, 'utf8').match(/^import .*$/gm) ?? [];
      expect(
        imports.filter((line) => !/^import type /.test(line)),
        name,
      ).toEqual([]);
    }
  });
});
