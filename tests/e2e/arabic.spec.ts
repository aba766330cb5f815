/**
 * Journeys in Arabic (issue 15): two languages at once — staff's screens in English while the
 * person's Together speaks Arabic, right to left — and every main screen with Arabic as the
 * staff's language too, each passing axe. Names come from the app's Arabic words files.
 */
import type { Locator, Page } from '@playwright/test';
import { stepsOf } from '../../src/domain/conversation-kinds';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { TEST_PIN } from './pages/first-pin';
import { startTogetherIn, stepHeading as stepHeadingIn } from './pages/in-language';
import { PeoplePage } from './pages/people-page';
import { tapFreeSpot } from './pages/storyboard-page';
import { namedBy, wordOf } from './pages/words';

const ar = (namespace: string, path: string) => wordOf('ar', namespace, path);
const STEPS = `together.steps`;
const LABELS = { feelings: 'مشاعر', angry: 'غضب', sad: 'حزن' } as const;

test.use({ seed: 'person' });

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error(`${locator.toString()} is not on screen`);
  return found;
}

const startArabicTogether = (page: Page, staff: 'en' | 'ar') =>
  startTogetherIn(page, staff, 'ar', staff === 'ar');
const stepHeading = (page: Page, step: string) => stepHeadingIn(page, 'ar', step);

test('an Arabic speaker’s Together reads right to left beside English staff screens, and a picture placed by touch stays', async ({
  page,
}) => {
  await startArabicTogether(page, 'en');
  // The page is the staff's (English, left to right); Together's frame is the person's.
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  const together = page.locator('.together');
  await expect(together).toHaveAttribute('lang', 'ar');
  await expect(together).toHaveAttribute('dir', 'rtl');
  const staff = page.getByRole('button', { name: 'Staff', exact: true });
  await expect(staff).toBeVisible();
  await expectNoAxeViolations(page);

  // "Next" sits where an Arabic reader's eye ends a line: on the left; "Back" on the right.
  await page.getByRole('button', { name: ar('common', 'together.next'), exact: true }).tap();
  await expect(stepHeading(page, 'what-happened')).toBeVisible();
  const next = await box(page.getByRole('button', { name: ar('common', 'together.next') }));
  const back = await box(page.getByRole('button', { name: ar('common', 'together.back') }));
  expect(next.x + next.width).toBeLessThan(back.x);

  const story = page.getByRole('list', { name: ar('common', 'story.label'), exact: true });
  const step = (number: number) =>
    story.getByRole('listitem', { name: namedBy(ar('common', 'story.step'), { number }) });
  const tray = page.getByRole('region', { name: ar('common', 'story.trayLabel'), exact: true });
  const kinds = page.getByRole('tablist', { name: ar('common', 'story.boardsLabel') });

  // The kinds of picture run right to left: the first tab is the rightmost.
  const tabs = kinds.getByRole('tab');
  const [first, second] = [await box(tabs.nth(0)), await box(tabs.nth(1))];
  expect(first.x).toBeGreaterThan(second.x);
  // The arrow that goes forward in Arabic is the left one.
  await tabs.nth(0).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(tabs.nth(1)).toBeFocused();
  await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');

  // Place "angry" in step 1 by touch: tap the picture, then the step.
  await kinds.getByRole('tab', { name: LABELS.feelings, exact: true }).tap();
  const angry = tray.getByRole('button', { name: LABELS.angry, exact: true });
  await angry.tap();
  await expect(angry).toHaveAttribute('aria-pressed', 'true');
  await tapFreeSpot(page, step(1));
  const placed = (label: string, number: number) =>
    step(number).getByRole('button', {
      name: namedBy(ar('common', 'story.movePicture'), { label, number }),
    });
  await expect(placed(LABELS.angry, 1)).toBeVisible();

  // A second step; "sad" there. The story runs right to left: step 2 is left of step 1.
  await page.getByRole('button', { name: ar('common', 'story.addStep'), exact: true }).tap();
  await expect(step(2)).toBeVisible();
  await tray.getByRole('button', { name: LABELS.sad, exact: true }).tap();
  await tapFreeSpot(page, step(2));
  await expect(placed(LABELS.sad, 2)).toBeVisible();
  const [one, two] = [await box(step(1)), await box(step(2))];
  expect(two.x + two.width).toBeLessThanOrEqual(one.x + 1);
  await expectNoAxeViolations(page);

  // After a reload it is all still there, still in Arabic.
  await page.reload();
  await expect(stepHeading(page, 'what-happened')).toBeVisible();
  await expect(placed(LABELS.angry, 1)).toBeVisible();
  await expect(placed(LABELS.sad, 2)).toBeVisible();
  // The staff guide is the staff's: English, left to right, inside the Arabic frame.
  await page.getByRole('button', { name: 'Staff guide', exact: true }).tap();
  const guide = page.getByRole('complementary', { name: 'Staff guide', exact: true });
  await expect(guide).toBeVisible();
  await expect(guide.locator('xpath=..')).toHaveAttribute('dir', 'ltr');
});

test('every main screen in Arabic, right to left, passes axe', async ({ page }) => {
  test.slow();
  await page.addInitScript(() => localStorage.setItem('restory.staffLanguage', 'ar'));
  const people = new PeoplePage(page);
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(
    page.getByRole('heading', { name: ar('common', 'nav.people'), exact: true, level: 1 }),
  ).toBeVisible();
  await expect(people.person('Sam')).toBeVisible();
  await expectNoAxeViolations(page);

  const nav = page.getByRole('navigation', { name: ar('common', 'nav.label') });
  await nav.getByRole('link', { name: ar('common', 'nav.library'), exact: true }).click();
  await expect(
    page.getByRole('heading', { name: ar('common', 'nav.library'), exact: true, level: 1 }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await nav.getByRole('link', { name: ar('common', 'nav.settings'), exact: true }).click();
  await expect(
    page.getByRole('heading', { name: ar('common', 'settings.about'), exact: true, level: 2 }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await startArabicTogether(page, 'ar');
  await expectNoAxeViolations(page);

  // Each step of Together, reached from the pictures of the steps.
  const steps = page.getByRole('navigation', { name: ar('common', 'together.progress') });
  // Every step after Welcome, in order.
  for (const name of stepsOf('own').slice(1)) {
    await steps.getByRole('button', { name: ar('common', `${STEPS}.${name}`), exact: true }).tap();
    await expect(stepHeading(page, name)).toBeVisible();
    await expectNoAxeViolations(page);
  }

  // The Break, and back.
  await page.getByRole('button', { name: ar('break', 'button'), exact: true }).tap();
  await expect(
    page.getByRole('heading', { name: ar('break', 'heading'), exact: true }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: ar('break', 'back'), exact: true }).tap();
  await expect(stepHeading(page, 'finish')).toBeVisible();

  // Finished; staff leave with the PIN to the summary, in Arabic.
  await page.getByRole('button', { name: ar('finish', 'end.button'), exact: true }).tap();
  await page.getByRole('button', { name: ar('lock', 'staff'), exact: true }).tap();
  const prompt = page.getByRole('dialog', { name: ar('lock', 'dialog.title'), exact: true });
  await expect(prompt).toBeVisible();
  await expectNoAxeViolations(page);
  await prompt.getByLabel(ar('lock', 'dialog.pin'), { exact: true }).fill(TEST_PIN);
  await prompt.getByRole('button', { name: ar('lock', 'dialog.unlock'), exact: true }).tap();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Sam');
  await expect(page).toHaveURL(/\/summary$/);
  await expectNoAxeViolations(page);

  // From the summary: updating the support plan, and making a social story.
  const heading = page.getByRole('heading', { level: 1 });
  await page.getByRole('link', { name: ar('summary', 'updatePlan'), exact: true }).click();
  await expect(heading).toHaveText(ar('plan', 'update.heading'));
  await expectNoAxeViolations(page);
  await page.goBack();
  await page.getByRole('link', { name: ar('summary', 'makeStory'), exact: true }).click();
  await expect(page).toHaveURL(/\/stories\/new/);
  await expect(heading).toBeVisible();
  await expectNoAxeViolations(page);

  // The person's page: preparing a conversation, the support plan, an incident.
  await page.goto('/');
  await page.getByRole('link', { name: 'Sam', exact: true }).click();
  await page.getByRole('button', { name: ar('prepare', 'list.prepare'), exact: true }).click();
  await expect(heading).toHaveText(ar('prepare', 'heading'));
  await expectNoAxeViolations(page);
  await page.goBack();
  await page.getByRole('link', { name: ar('plan', 'panel.open'), exact: true }).click();
  await expect(heading).toContainText(ar('plan', 'heading'));
  await expectNoAxeViolations(page);
  await page.goBack();
  await page.getByRole('button', { name: ar('incident', 'panel.add'), exact: true }).click();
  await expect(
    page.getByRole('textbox', { name: ar('incident', 'safeguarding.logReference'), exact: true }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});
