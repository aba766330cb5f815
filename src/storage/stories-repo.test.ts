import { describe, expect, it } from 'vitest';
import { storyFromTemplate, valuesOfPerson } from '../domain/story';
import { shippedStoryTemplates } from '../domain/story-test-templates';
import { makePerson } from '../domain/records';
import { saveStaffName } from './audit-repo';
import { exportBackup } from './backup/export-backup';
import { applyBackup, readBackup } from './backup/restore-backup';
import { db } from './database';
import { addPerson } from './people-repo';
import { deletePersonEverywhere } from './person-erase';
import { addStory, deleteStory, noteStoryPrinted, saveStory } from './stories-repo';

const set = shippedStoryTemplates();

let n = 0;
function madeFor(personId: string, templateId = 'break', id = `story-${(n += 1)}`) {
  const template = set.templates.find((t) => t.id === templateId);
  if (!template) throw new Error(templateId);
  return storyFromTemplate(set, template, valuesOfPerson(makePerson(personId, 'Sam', 'en', 1)), {
    id,
    personId,
    conversationId: null,
    language: 'en',
    at: 1,
    newId: () => `x-${(n += 1)}`,
  });
}

const actions = async (id: string) =>
  (await db.audit.where('recordId').equals(id).sortBy('at')).map((e) => [e.action, e.subject]);

describe('a person’s social stories', () => {
  it('keeps the made story as version 1 and each save as the next, with who and why, in the activity log', async () => {
    const personId = await addPerson('Sam');
    await saveStaffName('Priya');
    const id = await addStory(madeFor(personId), 'Made from a template');
    const made = await db.stories.get(id);
    expect(made?.versions.map((v) => [v.number, v.actor, v.reason, v.title])).toEqual([
      [1, 'Priya', 'Made from a template', 'Asking for a break'],
    ]);
    if (!made) throw new Error('not stored');
    const saved = await saveStory(id, { ...made, title: ' My breaks ' }, 'Shorter title');
    expect(saved.title).toBe('My breaks');
    expect(saved.versions.map((v) => [v.number, v.title])).toEqual([
      [1, 'Asking for a break'],
      [2, 'My breaks'],
    ]);
    // Saving what is already there adds no version and logs nothing.
    expect(await saveStory(id, saved, 'again')).toEqual(saved);
    await noteStoryPrinted(id);
    expect(await actions(id)).toEqual([
      ['created', 'story'],
      ['changed', 'story'],
      ['exported', 'story'],
    ]);
    expect((await db.stories.get(id))?.versions).toHaveLength(2);
  });

  it('deletes a story with every version, leaving a tombstone and the line in the log', async () => {
    const personId = await addPerson('Sam');
    const id = await addStory(madeFor(personId), 'Made');
    await deleteStory(id);
    expect(await db.stories.get(id)).toBeUndefined();
    expect((await db.tombstones.get(id))?.table).toBe('stories');
    expect(await actions(id)).toEqual([
      ['created', 'story'],
      ['deleted', 'story'],
    ]);
  });

  it('is erased with the person, and travels in whole and one-person backups', async () => {
    const personId = await addPerson('Sam');
    const other = await addPerson('Kim');
    const id = await addStory(madeFor(personId, 'kind'), 'Made');
    const otherId = await addStory(madeFor(other, 'loud'), 'Made');
    const story = await db.stories.get(id);

    for (const personScope of [undefined, personId]) {
      const bytes = await exportBackup(personScope ? { personId: personScope } : {});
      await applyBackup(await readBackup(bytes), 'replace');
      expect(await db.stories.get(id)).toEqual(story);
    }
    // The one-person backup replaced everything with Sam's records only.
    expect(await db.stories.get(otherId)).toBeUndefined();

    await deletePersonEverywhere(personId);
    expect(await db.stories.get(id)).toBeUndefined();
    expect((await db.tombstones.get(id))?.table).toBe('stories');
    expect(await db.audit.where('recordId').equals(id).count()).toBe(0);
  });
});
