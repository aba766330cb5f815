/**
 * Journey: an incident joins its conversations. Added from the person's page, its details and
 * safeguarding kept across a reload; the individual's conversation started from it; a talk with
 * a peer without a profile, with the harmed person's prompts in the staff guide. No safeguarding
 * detail ever shows on a Together screen. Then a meeting together, only once each person is
 * ready, showing only what each agreed to share.
 */
import { expect, expectNoAxeViolations, test } from './fixtures';
import type { Page } from '@playwright/test';
import { FirstPinPage } from './pages/first-pin';
import { IncidentPage } from './pages/incident-page';
import { ReadinessPage } from './pages/prepare-page';
import { StaffExit } from './pages/staff-exit';

const FIELDS = {
  when: '2026-12-01T10:30',
  where: 'the library corner',
  note: 'Staff-only: a chair was pushed over near Ali',
  logReference: 'LOG-SAFE-9931',
  injury: 'Graze on the left hand',
};
const STAFF_ONLY = [FIELDS.note, FIELDS.logReference, FIELDS.injury];

/** The whole page's text holds none of the safeguarding details. */
async function expectNoSafeguarding(page: Page): Promise<void> {
  const text = (await page.locator('body').textContent()) ?? '';
  for (const detail of STAFF_ONLY) expect(text).not.toContain(detail);
}

test('an incident keeps its details, starts the individual’s conversation and a talk with a peer; safeguarding stays out of Together', async ({
  page,
}) => {
  const incident = await IncidentPage.addFor(page, 'Sam');
  await incident.fill(FIELDS);
  await page.reload();
  await incident.expectKept(FIELDS);

  // The individual's own conversation, prepared from the incident and started together.
  await page.getByRole('button', { name: 'Prepare a conversation', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Where did it happen?' })).toHaveValue(
    FIELDS.where,
  );
  await page.getByRole('link', { name: 'Next: are we ready?', exact: true }).click();
  const readiness = new ReadinessPage(page);
  await expect(readiness.heading).toBeVisible();
  await readiness.answerAll('Yes');
  await page.getByRole('button', { name: 'Start together', exact: true }).click();
  const welcome = page.getByRole('heading', { name: 'Welcome', exact: true, level: 1 });
  await new FirstPinPage(page).setPinIfAsked(welcome);
  await expectNoSafeguarding(page);
  await page.getByRole('button', { name: 'Staff guide', exact: true }).click();
  await expect(page.getByText(/do not promise to keep it secret/)).toBeVisible();
  await expectNoSafeguarding(page);
  await new StaffExit(page).leave();
  await page.getByRole('link', { name: 'Part of an incident', exact: true }).click();

  // A talk with a peer who has no profile: their own Together, the questions for those harmed.
  await expect(incident.heading).toBeVisible();
  await incident.addPeer('Ali');
  await incident.talkWith('Ali');
  await expect(
    page.getByRole('heading', { name: 'What happened?', exact: true, level: 1 }),
  ).toBeVisible();
  await expectNoSafeguarding(page);
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'How did it feel?', level: 1 })).toBeVisible();
  await expectNoSafeguarding(page);
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'What did you think?', level: 1 })).toBeVisible();
  await page.getByRole('textbox', { name: 'Type what they say, in their words' }).fill('I was sad');
  await page.getByRole('button', { name: 'Staff guide', exact: true }).click();
  const guide = page.getByRole('complementary', { name: 'Staff guide' });
  await expect(
    guide.getByText('What did you think when you saw what had happened?', { exact: true }),
  ).toBeVisible();
  await expectNoSafeguarding(page);
  await page.getByRole('button', { name: 'Break', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Take a break' })).toBeVisible();
  await expectNoSafeguarding(page);
  await page.getByRole('button', { name: 'Back to talking', exact: true }).click();
  await expect(
    page.getByRole('textbox', { name: 'Type what they say, in their words' }),
  ).toHaveValue('I was sad');
});

test('a meeting together waits until each person is ready and shows only what each agreed to share', async ({
  page,
}) => {
  const incident = await IncidentPage.addFor(page, 'Sam');
  const incidentUrl = page.url();
  await incident.logReference.fill(FIELDS.logReference);
  await incident.addPeer('Ali');

  // Ali's own talk: what they thought, and what would help to make things right.
  await incident.talkWith('Ali');
  await new FirstPinPage(page).setPinIfAsked(
    page.getByRole('heading', { name: 'What happened?', exact: true, level: 1 }),
  );
  const steps = page.getByRole('navigation', { name: 'Steps', exact: true });
  const words = page.getByRole('textbox', { name: 'Type what they say, in their words' });
  await steps.getByRole('button', { name: 'What did you think?', exact: true }).tap();
  await words.fill('I was sad');
  await steps.getByRole('button', { name: 'What would help to make things right?' }).tap();
  await page.getByRole('button', { name: 'say sorry my way', exact: true }).tap();
  await words.fill('A kind word from Sam');
  await page.getByRole('heading', { level: 1 }).click();
  await new StaffExit(page).leave('touch');
  await expect(steps).toBeHidden();

  await page.goto(incidentUrl);
  await page.getByRole('button', { name: 'Plan a meeting together', exact: true }).tap();
  await expect(page.getByRole('heading', { name: 'Meeting together', level: 1 })).toBeVisible();
  const start = page.getByRole('button', { name: 'Start the meeting', exact: true });
  const sam = page.getByRole('region', { name: 'Sam', exact: true });
  const ali = page.getByRole('region', { name: 'Ali', exact: true });
  await sam.getByRole('radio', { name: 'Yes, they agree', exact: true }).tap();
  await sam.getByRole('radio', { name: 'No', exact: true }).tap();
  await ali.getByRole('radio', { name: 'Yes, they agree', exact: true }).tap();
  await ali.getByRole('radio', { name: 'Yes', exact: true }).tap();
  await expect(ali.getByText(/should never feel like being ganged up against/)).toBeVisible();
  await expect(start).toBeDisabled();
  await ali.getByRole('radio', { name: 'No', exact: true }).tap();
  await ali.getByRole('checkbox', { name: 'What would help to make things right' }).tap();
  await expect(start).toBeEnabled();
  await expectNoAxeViolations(page);

  // What was recorded is kept across a reload.
  await page.reload();
  await expect(ali.getByRole('radio', { name: 'No', exact: true })).toBeChecked();
  await expect(
    ali.getByRole('checkbox', { name: 'What they thought when it happened' }),
  ).not.toBeChecked();
  await start.tap();

  await expect(page.getByRole('heading', { name: 'What would help Ali' })).toBeVisible();
  await expect(page.getByText('A kind word from Sam', { exact: true })).toBeVisible();
  const text = (await page.locator('body').textContent()) ?? '';
  expect(text).not.toContain('I was sad');
  expect(text).not.toContain(FIELDS.logReference);
  const agree = page.getByRole('list', { name: 'What we agree together' });
  await agree.getByRole('button', { name: 'say sorry my way', exact: true }).tap();
  await expect(page.getByText('We agree: say sorry my way.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Finish the meeting', exact: true }).tap();
  await expect(page.getByText(/^The meeting finished on/)).toBeVisible();
});
