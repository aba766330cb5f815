/**
 * Journey: staff choose a backup file and the screen keeps moving while it is checked. A large
 * backup shows a progress bar and then what it holds; a zip bomb (a picture declared as 64 bytes,
 * with their CRC, that inflates to 2 GB) is refused in plain words within moments. Either way the
 * page's own timers never stall: the check runs in a worker, off the main thread.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { strToU8, unzipSync, zipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { crc32 } from '../../src/storage/backup/zip-reader';
import { deflatedZeros, writeZip, type CraftedEntry } from '../fixtures/crafted-zips';
import { expect, test } from './fixtures';
import { PeoplePage } from './pages/people-page';
import { SettingsPage } from './pages/settings-page';

type Json = { tables: Record<string, Record<string, unknown>[]> };
const MB = 1024 * 1024;

/** Backs up a tablet holding Robin and returns the file's entries, its JSON read. */
async function backUpRobin(page: Page, path: string) {
  const people = new PeoplePage(page);
  const settings = new SettingsPage(page);
  await people.goto();
  await people.addPerson('Robin');
  await settings.goto();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    settings.backupSection.getByRole('button', { name: 'Back up now', exact: true }).click(),
  ]);
  await download.saveAs(path);
  const entries = unzipSync(readFileSync(path));
  const json = JSON.parse(new TextDecoder().decode(entries['backup.json'])) as Json;
  return { settings, json, robin: String(json.tables['people']?.[0]?.['id']) };
}

/** A picture row of Robin's, as a backup lists it. */
const pictureRow = (id: string, ownerId: string, size: number) => ({
  id,
  ownerId,
  type: 'image/jpeg',
  createdAt: 1,
  updatedAt: 1,
  size,
});

/** Starts timing the page's own timer ticks; the longest gap is read by `longestGap`. */
async function watchTimers(page: Page): Promise<void> {
  await page.evaluate(() => {
    const state = { longest: 0, last: performance.now() };
    const tick = () => {
      const now = performance.now();
      state.longest = Math.max(state.longest, now - state.last);
      state.last = now;
      setTimeout(tick, 10);
    };
    setTimeout(tick, 10);
    Object.assign(window, { timerGaps: state });
  });
}

const longestGap = (page: Page) =>
  page.evaluate(() => (window as unknown as { timerGaps: { longest: number } }).timerGaps.longest);

test('a large backup shows its progress and then what it holds', async ({ page }, testInfo) => {
  const { settings, json, robin } = await backUpRobin(page, testInfo.outputPath('robin.zip'));
  const pictures: Record<string, Uint8Array> = {};
  for (let i = 0; i < 16; i += 1) {
    pictures[`media/photo-${i}`] = randomBytes(5 * MB);
    json.tables['media']?.push(pictureRow(`photo-${i}`, robin, 5 * MB));
  }
  const file = testInfo.outputPath('large.zip');
  writeFileSync(
    file,
    zipSync({ ...pictures, 'backup.json': strToU8(JSON.stringify(json)) }, { level: 0 }),
  );

  const section = settings.backupSection;
  await watchTimers(page);
  const started = Date.now();
  await section.getByLabel('Backup file', { exact: true }).setInputFiles(file);
  await expect(
    section.getByRole('progressbar', { name: 'Checking the backup file' }),
  ).toBeVisible();
  await expect(section.getByText('People in it: Robin.', { exact: true })).toBeVisible();
  await expect(section.getByText(/Pictures and sounds: 16\./)).toBeVisible();
  await expect(section.getByRole('progressbar')).toHaveCount(0);
  // Checking 80 MB takes the worker a good second; the page's timers never waited for it (with
  // the check on the main thread they waited 717 ms at once). A busy machine slows both, so the
  // longest wait is compared with the time the whole check took, not with a fixed time.
  const elapsed = Date.now() - started;
  const gap = await longestGap(page);
  console.info(
    `80 MB backup checked in ${elapsed} ms; the page's timers waited at most ${gap.toFixed(0)} ms`,
  );
  expect(gap).toBeLessThan(elapsed / 3);
});

test('a zip bomb hidden as a picture is refused within moments', async ({ page }, testInfo) => {
  const { settings, json, robin } = await backUpRobin(page, testInfo.outputPath('robin.zip'));
  json.tables['media']?.push(pictureRow('photo-bomb', robin, 64));
  const jsonBytes = strToU8(JSON.stringify(json));
  const entries: CraftedEntry[] = [
    { name: 'backup.json', data: jsonBytes, method: 0, size: jsonBytes.length, crc: 0 },
    // 64 bytes declared, with their CRC; 2 GB inside.
    {
      name: 'media/photo-bomb',
      data: deflatedZeros(2048),
      method: 8,
      size: 64,
      crc: crc32(new Uint8Array(64)),
    },
  ];
  entries[0] = { ...entries[0]!, crc: crc32(jsonBytes) };
  const file = testInfo.outputPath('bomb.zip');
  writeFileSync(file, writeZip(entries));

  const section = settings.backupSection;
  await watchTimers(page);
  const started = Date.now();
  await section.getByLabel('Backup file', { exact: true }).setInputFiles(file);
  await expect(
    section.getByText('This file is not a Restory backup, or it is damaged. Nothing has changed.', {
      exact: true,
    }),
  ).toBeVisible();
  const took = Date.now() - started;
  const gap = await longestGap(page);
  console.info(
    `zip bomb refused after ${took} ms; the page's timers waited at most ${gap.toFixed(0)} ms`,
  );
  // It froze the tab for 13 s before; now the refusal is quick and the page never stalls. The
  // bounds leave room for a busy machine (1.7 s and a 320 ms gap seen in CI; 0.2–0.4 s and under
  // 40 ms when quiet): a freeze like the old one still fails them many times over.
  expect(took).toBeLessThan(5_000);
  expect(gap).toBeLessThan(1_000);
});
