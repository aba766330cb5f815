/**
 * Journey (issue 11): a finished conversation updates the support plan — two suggestions
 * accepted, one dropped — "Compare versions" shows exactly those two additions, each of the three
 * versions prints with its own sections only (a staff note never reaches the easy read or the
 * family version), and a plan changed after it went to the family says so. By finger.
 */
import { readFileSync } from 'node:fs';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { PlanPage } from './pages/plan-page';
import { StaffExit } from './pages/staff-exit';
import { StoryboardPage } from './pages/storyboard-page';
import { TogetherPage } from './pages/together-page';
import {
  byTouch,
  FeelingsStep,
  FinishStep,
  NextTimeStep,
  SummaryPage,
} from './pages/together-steps';

test.use({ seed: 'together' });

const STAFF_NOTE = 'Note for staff only 4417';
const TIE = 'When I feel angry, I can ask for a break.';
const EARLY_SIGN = 'I start to feel angry (very big)';

test('a finished conversation updates the plan, which is compared, printed three ways and shown as changed since it was shared', async ({
  page,
}) => {
  const board = await StoryboardPage.open(page);
  await board.tapToPlace('People', 'teacher', 1);
  const startedHere = board.steps.nth(0).getByRole('button', { name: 'It started here' });
  await startedHere.tap();
  await expect(startedHere).toHaveAttribute('aria-pressed', 'true');
  const together = new TogetherPage(page);
  await together.next('How did it feel?');
  await new FeelingsStep(page).feel(byTouch, 'angry', '4 Very big');
  await together.goTo('What can help next time?');
  const nextTime = new NextTimeStep(page);
  await nextTime.choose(byTouch, 'ask for a break');
  await nextTime.tie(byTouch, 'ask for a break', 'angry');
  await together.goTo('Finish');
  await new FinishStep(page).finish(byTouch);
  await new StaffExit(page).leave('touch');
  await new SummaryPage(page, 'Sam').expectShown();

  // A staff note on the summary: it must never reach the easy read or the family version.
  await page.getByRole('textbox', { name: 'Add a note' }).fill(STAFF_NOTE);
  await page.getByRole('button', { name: 'Add note', exact: true }).tap();
  await expect(page.getByText(STAFF_NOTE)).toBeVisible();

  await page.getByRole('link', { name: 'Update support plan' }).tap();
  const plan = new PlanPage(page, 'Sam');
  await expect(plan.suggestion(TIE)).toBeVisible();
  await expectNoAxeViolations(page);
  await plan.decide(TIE, 'Accept');
  await plan.decide(EARLY_SIGN, 'Accept');
  await plan.decide('teacher', 'Drop');
  await page.getByRole('button', { name: 'Save the accepted changes' }).tap();
  await plan.expectShown();
  await expect(plan.section('What helps when I am getting upset')).toHaveText([TIE]);
  await expect(plan.section('Early signs')).toHaveText([EARLY_SIGN]);
  await expect(plan.section('What can upset me')).toHaveCount(0);
  await expectNoAxeViolations(page);

  await plan.open('Compare versions');
  await page.getByRole('combobox', { name: 'Older version' }).selectOption('0');
  const added = page.getByRole('list', { name: 'Added' });
  await expect(added).toHaveCount(2);
  await expect(added.getByRole('listitem')).toHaveText([EARLY_SIGN, TIE]);
  await expect(page.getByRole('list', { name: 'Removed' })).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Changed' })).toHaveCount(0);
  await plan.back();

  // Each version, as it prints: its own sections, and nothing staff-only where it must not be.
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  const versions = [
    {
      link: 'Staff version',
      shows: ['Support plan: Sam', 'Early signs', 'Version history', 'Who has seen it'],
      hides: ['My support plan'],
      mark: /Confidential/,
    },
    {
      link: 'Easy read',
      shows: ['My support plan', 'What helps when I feel upset'],
      // Early signs are for staff; a section with nothing in it is left out.
      hides: ['Early signs', 'Things that can upset me', 'Version history', 'Who has seen it'],
      mark: /Printed/,
    },
    {
      link: 'Family version',
      shows: [
        'Support plan for Sam',
        'What happened',
        'What we agreed',
        'What we will do',
        'What helps when Sam is getting upset',
      ],
      hides: ['Early signs', 'Version history', 'Who has seen it'],
      mark: /Confidential/,
    },
  ];
  for (const version of versions) {
    await plan.open(version.link);
    await expect(page.getByRole('button', { name: 'Print', exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
    if (version.link === 'Family version') {
      await page.getByRole('combobox', { name: 'For whom' }).selectOption('family');
    }
    await page.getByRole('button', { name: 'Print', exact: true }).tap();
    if (version.link === 'Easy read') {
      // Share, where the tablet cannot share files, saves one page that prints on its own:
      // every picture inside it, nothing fetched from anywhere.
      const saved = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Share', exact: true }).tap();
      const download = await saved;
      expect(download.suggestedFilename()).toMatch(
        /^support-plan-easy-read-\d{4}-\d{2}-\d{2}\.html$/,
      );
      const html = readFileSync(await download.path(), 'utf8');
      expect(html).toContain('My support plan');
      expect(html).toContain('src="data:image/svg+xml');
      expect(html).not.toMatch(/src="(?!data:)/);
      expect(html).not.toContain(STAFF_NOTE);
    }
    await page.emulateMedia({ media: 'print' });
    for (const heading of version.shows) {
      await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
    }
    for (const heading of version.hides) {
      await expect(page.getByRole('heading', { name: heading, exact: true })).toHaveCount(0);
    }
    await expect(page.getByRole('button', { name: 'Print', exact: true })).toBeHidden();
    await expect(page.getByText(STAFF_NOTE)).toHaveCount(0);
    const mark = await page.evaluate(() =>
      document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join(' '),
    );
    expect(mark).toMatch(version.mark);
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    }
    await page.emulateMedia({ media: 'screen' });
    await plan.back();
  }
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(3);
  await expect(
    page.getByRole('region', { name: 'Who has seen it' }).getByRole('listitem'),
  ).toHaveText([
    /^Family version, version 1, for family or carers: printed/,
    /^Easy read, version 1, for the individual: saved as a file/,
    /^Easy read, version 1, for the individual: printed/,
    /^Staff version, version 1, for staff: printed/,
  ]);

  // Changed after it went to the family: the person's page says so.
  await page.getByRole('button', { name: 'Edit plan' }).tap();
  await page.getByRole('button', { name: `Remove ${EARLY_SIGN}` }).tap();
  await page.getByRole('textbox', { name: 'Why it changed' }).fill('Review with the team');
  await page.getByRole('button', { name: 'Save as a new version' }).tap();
  await expect(plan.section('Early signs')).toHaveCount(0);
  await page.getByRole('link', { name: 'Back to Sam' }).tap();
  await expect(
    page.getByText(/Changed since it was last shared with family or carers \(they have version 1/),
  ).toBeVisible();
});
