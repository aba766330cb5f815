/**
 * Spanish, Polish and Welsh throughout (issue 15): staff's screens and the person's Together in
 * the same language, each screen passing axe with every word readable — none cut off, none drawn
 * over another, the page never wider than the tablet — however long the language's words are.
 * (English is every other journey; Arabic, right to left, is arabic.spec.ts.)
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { TEST_PIN } from './pages/first-pin';
import {
  LANGUAGE_NAMES,
  startTogetherIn,
  stepHeading,
  useStaffLanguage,
  type Language,
} from './pages/in-language';
import { tapFreeSpot } from './pages/storyboard-page';
import { smallTargets, textProblems } from './pages/text-check';
import { namedBy, wordOf } from './pages/words';

test.use({ seed: 'person' });

function labelsOf(language: Language): Record<string, string> {
  const file = JSON.parse(readFileSync(`assets/starter/labels/${language}.json`, 'utf8')) as {
    labels: Record<string, string>;
  };
  return file.labels;
}

async function expectReadable(page: Page, screen: string): Promise<void> {
  await expectNoAxeViolations(page);
  expect(await textProblems(page), `${screen}: words cut off or over others`).toEqual([]);
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth),
    `${screen}: wider than the tablet`,
  ).toBeLessThanOrEqual(1024);
  expect(await smallTargets(page), `${screen}: controls smaller than a finger`).toEqual([]);
}

for (const language of ['es', 'pl', 'cy'] as const) {
  test(`${LANGUAGE_NAMES[language]}: staff screens and Together read in full and pass axe`, async ({
    page,
  }) => {
    test.slow();
    const w = (namespace: string, path: string) => wordOf(language, namespace, path);
    const labels = labelsOf(language);
    await useStaffLanguage(page, language);
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await expect(
      page.getByRole('heading', { name: w('common', 'nav.people'), exact: true, level: 1 }),
    ).toBeVisible();
    await expectReadable(page, 'People');
    const nav = page.getByRole('navigation', { name: w('common', 'nav.label') });
    await nav.getByRole('link', { name: w('common', 'nav.library'), exact: true }).click();
    await expect(
      page.getByRole('heading', { name: w('common', 'nav.library'), exact: true, level: 1 }),
    ).toBeVisible();
    await expectReadable(page, 'Library');
    await nav.getByRole('link', { name: w('common', 'nav.settings'), exact: true }).click();
    await expect(
      page.getByRole('heading', { name: w('common', 'settings.about'), exact: true, level: 2 }),
    ).toBeVisible();
    await expectReadable(page, 'Settings');

    await startTogetherIn(page, language, language);
    await expectReadable(page, 'Welcome');

    // A picture placed by touch on "What happened?".
    await page.getByRole('button', { name: w('common', 'together.next'), exact: true }).tap();
    await expect(stepHeading(page, language, 'what-happened')).toBeVisible();
    const kinds = page.getByRole('tablist', { name: w('common', 'story.boardsLabel') });
    await kinds.getByRole('tab', { name: labels['board-feelings'], exact: true }).tap();
    const tray = page.getByRole('region', { name: w('common', 'story.trayLabel'), exact: true });
    const angry = labels['feeling-angry'] ?? '';
    await tray.getByRole('button', { name: angry, exact: true }).tap();
    const story = page.getByRole('list', { name: w('common', 'story.label'), exact: true });
    const first = story.getByRole('listitem', {
      name: namedBy(w('common', 'story.step'), { number: 1 }),
    });
    await tapFreeSpot(page, first);
    await expect(
      first.getByRole('button', {
        name: namedBy(w('common', 'story.movePicture'), { label: angry, number: 1 }),
      }),
    ).toBeVisible();
    await expectReadable(page, 'What happened?');

    // Each other step, from the steps' pictures.
    const steps = page.getByRole('navigation', { name: w('common', 'together.progress') });
    for (const step of ['how-did-it-feel', 'who-was-affected', 'what-can-help', 'finish']) {
      await steps
        .getByRole('button', { name: w('common', `together.steps.${step}`), exact: true })
        .tap();
      await expect(stepHeading(page, language, step)).toBeVisible();
      await expectReadable(page, step);
    }

    // Finished; staff leave with the PIN to the summary.
    await page.getByRole('button', { name: w('finish', 'end.button'), exact: true }).tap();
    await page.getByRole('button', { name: w('lock', 'staff'), exact: true }).tap();
    const prompt = page.getByRole('dialog', { name: w('lock', 'dialog.title'), exact: true });
    await prompt.getByLabel(w('lock', 'dialog.pin'), { exact: true }).fill(TEST_PIN);
    await prompt.getByRole('button', { name: w('lock', 'dialog.unlock'), exact: true }).tap();
    await expect(page).toHaveURL(/\/summary$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Sam');
    await expectReadable(page, 'summary');
  });
}
