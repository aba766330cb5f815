/**
 * The service-scale records (tests/fixtures/service-scale.ts) are ones the app itself would keep:
 * each passes the start-up check as it is, and a whole backup of them restores to the same
 * tablet. `npm run bench` runs this file with RESTORY_SCALE_BACKUP set to a file path: it then
 * seeds the full service (50 people, 500 conversations, 5,000 cards, 300 photos, a plan of 30
 * items and 10 versions each, two stories of 8 pages and 3 versions each) and writes
 * its backup there, for the benchmark to restore and measure in Chromium.
 */
import { writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { exportBackup } from '../../src/storage/backup/export-backup';
import { applyBackup, readBackup } from '../../src/storage/backup/restore-backup';
import { db } from '../../src/storage/database';
import { checkStoredRecords } from '../../src/storage/record-sweep';
import { SERVICE_SCALE, seedServiceScale, type Scale } from '../fixtures/service-scale';

const SMALL: Scale = {
  people: 3,
  conversationsPerPerson: 3,
  stepsPerConversation: 8,
  picturesPerStep: 3,
  cards: 25,
  cardsPerBoard: 10,
  photos: 2,
  photoBytes: 2048,
  planVersions: 3,
  planItems: 7,
  storiesPerPerson: 1,
  storyPages: 8,
  storyVersions: 2,
};

const target = process.env['RESTORY_SCALE_BACKUP'];

it('seeds records that pass the start-up check and a whole backup restores them', async () => {
  const scale = target ? SERVICE_SCALE : SMALL;
  const counts = await seedServiceScale(scale);
  expect(counts).toMatchObject({
    people: scale.people,
    conversations: scale.people * scale.conversationsPerPerson,
    cards: scale.cards,
    plans: scale.people,
    stories: scale.people * scale.storiesPerPerson,
  });
  const report = await checkStoredRecords(db);
  expect(report).toMatchObject({ mended: 0, setAside: 0 });
  expect(report.checked).toBeGreaterThanOrEqual(counts['conversations'] ?? 0);

  const backup = await exportBackup();
  const conversation = await db.conversations.get('scale-conversation-2');
  const plan = await db.plans.get('plan-scale-person-1');
  expect(plan?.items).toHaveLength(scale.planItems);
  expect(plan?.versions).toHaveLength(scale.planVersions);
  const story = await db.stories.get('scale-person-1-story-0');
  expect(story?.pages).toHaveLength(scale.storyPages);
  expect(story?.versions).toHaveLength(scale.storyVersions);
  await applyBackup(await readBackup(backup), 'replace');
  expect(await db.conversations.get('scale-conversation-2')).toEqual(conversation);
  expect(await db.plans.get('plan-scale-person-1')).toEqual(plan);
  expect(await db.stories.get('scale-person-1-story-0')).toEqual(story);
  expect(await db.cards.count()).toBe(scale.cards);
  if (target) writeFileSync(target, backup);
}, 300_000);
