import { describe, expect, it, vi } from 'vitest';
import { withSmallCatalogue, startConversationAt } from '../../tests/fixtures/builders';
import { saveStaffName, STAFF_NAME_KEY } from './audit-repo';
import { exportBackup } from './backup/export-backup';
import { applyBackup, readBackup } from './backup/restore-backup';
import { applyStoryChange } from './conversations-repo';
import { db } from './database';
import { currentActor } from './staff-actor';
import { addPerson, deletePersonEverywhere, updateProfile } from './people-repo';

const log = async () =>
  (await db.audit.orderBy('at').toArray()).map(({ actor, action, subject }) => ({
    actor,
    action,
    subject,
  }));

describe('the audit log', () => {
  it('notes who added and changed records, each in the same transaction as the change', async () => {
    withSmallCatalogue();
    await saveStaffName('  Jo  ');
    const personId = await addPerson('Sam');
    const person = (await db.people.get(personId))!;
    await updateProfile(personId, { ...person, displayName: 'Sammy' });
    expect(await log()).toEqual([
      { actor: 'Jo', action: 'created', subject: 'person' },
      { actor: 'Jo', action: 'changed', subject: 'person' },
    ]);
    expect((await db.audit.toArray()).every((e) => e.personId === personId)).toBe(true);
  });

  it('notes a burst of changes to one conversation once, and again for another person', async () => {
    withSmallCatalogue();
    await saveStaffName('Jo');
    const id = await startConversationAt(await addPerson('Sam'));
    for (let i = 0; i < 5; i += 1) {
      await applyStoryChange(id, { type: 'add-frame', frameId: `f${i}` });
    }
    await saveStaffName('Kim');
    await applyStoryChange(id, { type: 'add-frame', frameId: 'kim' });
    expect(await log()).toEqual([
      { actor: 'Jo', action: 'created', subject: 'person' },
      { actor: 'Jo', action: 'created', subject: 'conversation' },
      { actor: 'Jo', action: 'changed', subject: 'conversation' },
      { actor: 'Kim', action: 'changed', subject: 'conversation' },
    ]);
  });

  it('names whoever uses the tablet now, also after another tab changed it, without reading it in the write', async () => {
    await saveStaffName('Jo');
    // Another tab unlocks as Kim: the setting changes under this tab.
    await db.settings.put({ key: STAFF_NAME_KEY, value: 'Kim' });
    await vi.waitFor(() => expect(currentActor()).toBe('Kim'));
    const reads = vi.spyOn(db.settings, 'get');
    await addPerson('Sam');
    expect(reads).not.toHaveBeenCalled();
    expect(await log()).toEqual([{ actor: 'Kim', action: 'created', subject: 'person' }]);
  });

  it('keeps what happened after an erase, but nothing that points at the person', async () => {
    withSmallCatalogue();
    await saveStaffName('Jo');
    const personId = await addPerson('Sam');
    const conversationId = await startConversationAt(personId);
    const other = await addPerson('Lina');
    await deletePersonEverywhere(personId);

    const entries = await db.audit.toArray();
    const text = JSON.stringify(entries);
    expect(text).not.toContain(personId);
    expect(text).not.toContain(conversationId);
    expect(text).not.toContain('Sam');
    expect(entries.filter((e) => e.personId === other)).toHaveLength(1);
    expect(await log()).toContainEqual({ actor: 'Jo', action: 'deleted', subject: 'person' });
  });

  it('notes backups and restores, and a restore keeps the log and the staff name', async () => {
    withSmallCatalogue();
    await saveStaffName('Jo');
    await addPerson('Sam');
    const file = await exportBackup();
    await applyBackup(await readBackup(file), 'replace');
    expect((await log()).slice(-2)).toEqual([
      { actor: 'Jo', action: 'exported', subject: 'backup' },
      { actor: 'Jo', action: 'restored', subject: 'backup' },
    ]);
    expect(await db.audit.count()).toBe(3);
    expect((await db.settings.get('staffName'))?.value).toBe('Jo');
  });
});
