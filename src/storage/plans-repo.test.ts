import { describe, expect, it } from 'vitest';
import { replayVersions } from '../domain/plan';
import type { PlanItem } from '../domain/types';
import { exportBackup } from './backup/export-backup';
import { applyBackup, readBackup } from './backup/restore-backup';
import { db } from './database';
import { addPerson } from './people-repo';
import { deletePersonEverywhere } from './person-erase';
import { choosePlanBands, notePlanShared, planIdOf, savePlanVersion } from './plans-repo';
import { saveStaffName } from './audit-repo';

const item = (id: string, words: string, section: PlanItem['section'] = 'triggers'): PlanItem => ({
  id,
  section,
  words,
  picture: { kind: 'symbol', symbol: '1F50A' },
});

describe('a person’s support plan', () => {
  it('saves each change as a version with who, why and which conversation, noted in the activity log', async () => {
    const personId = await addPerson('Sam');
    await saveStaffName('Priya');
    await savePlanVersion(personId, [item('a', ' loud music ')], { reason: 'First plan' });
    const plan = await savePlanVersion(personId, [item('a', 'loud music'), item('b', 'waiting')], {
      reason: 'After the talk',
      conversationId: 'c1',
    });
    expect(plan.items.map((i) => i.words)).toEqual(['loud music', 'waiting']);
    expect(plan.versions.map((v) => [v.number, v.actor, v.reason, v.conversationId])).toEqual([
      [1, 'Priya', 'First plan', null],
      [2, 'Priya', 'After the talk', 'c1'],
    ]);
    expect(await db.plans.get(planIdOf(personId))).toEqual(plan);
    expect(replayVersions(plan.versions)).toEqual(plan.items);
    const log = await db.audit.where('recordId').equals(plan.id).sortBy('at');
    expect(log.map((e) => [e.action, e.subject, e.personId])).toEqual([
      ['created', 'plan', personId],
      ['changed', 'plan', personId],
    ]);
  });

  it('keeps no version when nothing changed, and keeps every version when saves race', async () => {
    const personId = await addPerson('Sam');
    await Promise.all([
      savePlanVersion(personId, [item('a', 'loud')], { reason: 'one' }),
      savePlanVersion(personId, [item('a', 'loud'), item('b', 'crowds')], { reason: 'two' }),
      savePlanVersion(personId, [item('a', 'loud'), item('b', 'crowds')], { reason: 'same' }),
    ]);
    const plan = await db.plans.get(planIdOf(personId));
    expect(plan?.versions.map((v) => v.reason)).toEqual(['one', 'two']);
  });

  it('notes who the latest version went to, and keeps its colour bands', async () => {
    const personId = await addPerson('Sam');
    await saveStaffName('Jo');
    await savePlanVersion(personId, [item('a', 'loud')], { reason: 'First plan' });
    await choosePlanBands(personId, { scheme: 'six', isGreenYellowSwapped: true });
    const plan = await notePlanShared(personId, {
      output: 'family',
      audience: 'family',
      how: 'print',
    });
    expect(plan.bands).toEqual({ scheme: 'six', isGreenYellowSwapped: true });
    expect(plan.circulation).toMatchObject([
      { versionNumber: 1, output: 'family', audience: 'family', how: 'print', actor: 'Jo' },
    ]);
    const log = await db.audit.where('recordId').equals(plan.id).sortBy('at');
    expect(log.map((e) => e.action)).toEqual(['created', 'changed', 'exported']);
  });

  it('is erased with the person, and travels in whole and one-person backups', async () => {
    const personId = await addPerson('Sam');
    const other = await addPerson('Kim');
    const plan = await savePlanVersion(personId, [item('a', 'loud')], { reason: 'First plan' });
    await savePlanVersion(other, [item('b', 'crowds')], { reason: 'First plan' });

    for (const personScope of [undefined, personId]) {
      const bytes = await exportBackup(personScope ? { personId: personScope } : {});
      await applyBackup(await readBackup(bytes), 'replace');
      expect(await db.plans.get(plan.id)).toEqual(plan);
    }

    await deletePersonEverywhere(personId);
    expect(await db.plans.get(plan.id)).toBeUndefined();
    expect((await db.tombstones.get(plan.id))?.table).toBe('plans');
    expect(await db.audit.where('recordId').equals(plan.id).count()).toBe(0);
  });
});
