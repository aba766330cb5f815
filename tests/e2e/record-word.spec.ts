/**
 * Journey: Welsh has no voice on many tablets, so staff record a card's word in the Library; the
 * card's speaker button then plays that recording, and still does after a reload. Chromium's fake
 * microphone (a steady tone) stands in for a person saying the word.
 */
import type { Page } from '@playwright/test';
import chromiumSettings from '../../scripts/chromium.json' with { type: 'json' };
import { expect, expectNoAxeViolations, test } from './fixtures';

test.use({
  launchOptions: {
    executablePath: process.env.CHROME_PATH ?? chromiumSettings.executablePath,
    args: [
      ...chromiumSettings.args,
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
    ],
  },
});

interface Played {
  readonly isBlob: boolean;
  readonly isEnded: boolean;
}

/** Every media element played on the page: from a blob URL (stored bytes) or not, and to the end. */
async function recordPlaying(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const played: { isBlob: boolean; isEnded: boolean }[] = [];
    Object.assign(window, { playedSounds: played });
    const play = Object.getOwnPropertyDescriptor(HTMLMediaElement.prototype, 'play')?.value as (
      this: HTMLMediaElement,
    ) => Promise<void>;
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      const entry = { isBlob: this.src.startsWith('blob:'), isEnded: false };
      played.push(entry);
      this.addEventListener('ended', () => (entry.isEnded = true), { once: true });
      return play.call(this);
    };
  });
}

function playedSounds(page: Page): Promise<Played[]> {
  return page.evaluate(() => (window as unknown as { playedSounds: Played[] }).playedSounds);
}

async function openAngry(page: Page) {
  await page
    .getByRole('navigation', { name: 'Boards' })
    .getByRole('button', { name: /^Feelings/ })
    .click();
  await page.getByRole('button', { name: 'Edit angry' }).click();
  return page.getByRole('dialog', { name: 'Card: angry' });
}

test('a recorded word is kept on the card and played by its speaker button', async ({ page }) => {
  await recordPlaying(page);
  await page.goto('/library');
  const dialog = await openAngry(page);
  await expect(dialog.getByText('This card has no recording yet.')).toBeVisible();

  await dialog.getByRole('button', { name: 'Record the word' }).click();
  await expect(dialog.getByRole('status')).toContainText('Recording…');
  // Staff say the word: a second of sound (a recording stopped at once may hold no sound at
  // all on a busy machine, and then never plays to its end).
  await page.waitForTimeout(1000);
  await dialog.getByRole('button', { name: 'Stop' }).click();
  await dialog.getByRole('button', { name: 'Play' }).click();
  await expect
    .poll(async () => (await playedSounds(page)).at(-1), { timeout: 20_000 })
    .toEqual({ isBlob: true, isEnded: true });
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Keep the recording' }).click();
  await expect(dialog.getByText('This card has a recording of its word.')).toBeVisible();

  const before = (await playedSounds(page)).length;
  await dialog.getByRole('button', { name: 'Hear “angry”' }).click();
  await expect
    .poll(async () => (await playedSounds(page)).slice(before))
    .toEqual([{ isBlob: true, isEnded: true }]);

  await page.reload();
  const again = await openAngry(page);
  await expect(again.getByText('This card has a recording of its word.')).toBeVisible();
  await again.getByRole('button', { name: 'Hear “angry”' }).click();
  await expect
    .poll(async () => await playedSounds(page))
    .toEqual([{ isBlob: true, isEnded: true }]);
});
