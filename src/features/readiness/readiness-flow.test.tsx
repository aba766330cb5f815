import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { withSmallCatalogue } from '../../../tests/fixtures/builders';
import { setFirstPinHere } from '../../../tests/fixtures/lock';
import { saveQuickPin, TEST_STAFF_PIN } from '../../../tests/fixtures/staff-pin';
import { renderAppAt } from '../../../tests/render-app';
import { db } from '../../storage/database';
import { addPerson } from '../../storage/people-repo';

const STAFF_NOTE = 'Kicked the door after lunch; Jo was upset';

async function openPerson() {
  withSmallCatalogue();
  const personId = await addPerson('Sam');
  const app = renderAppAt(`/people/${personId}`);
  await screen.findByRole('heading', { name: 'Sam' });
  return { ...app, personId };
}

async function prepareWithNote(user: ReturnType<typeof renderAppAt>['user']) {
  await user.click(screen.getByRole('button', { name: 'Prepare a conversation' }));
  await screen.findByRole('heading', { name: 'Prepare a conversation' });
  await user.type(screen.getByRole('textbox', { name: 'Where did it happen?' }), 'dining hall');
  await user.type(screen.getByRole('textbox', { name: 'What happened (staff only)' }), STAFF_NOTE);
  await user.click(screen.getByRole('checkbox', { name: 'Music' }));
}

describe('preparing, "Are we ready?" and starting together', () => {
  it('saves the preparation as it is typed and postpones on a "not yet", with a date', async () => {
    const { user } = await openPerson();
    await prepareWithNote(user);
    // A field left shows what is stored, so it can lag what was typed while each key is stored.
    // Found once: role queries over the whole form on every re-render would slow the saving.
    const music = screen.getByRole('checkbox', { name: 'Music' });
    const place = screen.getByRole('textbox', { name: 'Where did it happen?' });
    const note = screen.getByRole('textbox', { name: 'What happened (staff only)' });
    await waitFor(() => {
      expect(music).toBeChecked();
      expect(place).toHaveValue('dining hall');
      expect(note).toHaveValue(STAFF_NOTE);
    });
    // The tick shows at once, before the write lands: only the record says it was saved.
    await waitFor(async () => {
      const [stored] = await db.conversations.toArray();
      expect(stored?.status).toBe('planned');
      expect(stored?.preparation).toMatchObject({
        place: 'dining hall',
        staffNote: STAFF_NOTE,
        supports: ['music'],
      });
    });

    await user.click(screen.getByRole('link', { name: 'Next: are we ready?' }));
    await screen.findByRole('heading', { name: 'Are we ready?' });
    const calm = screen.getByRole('group', {
      name: 'Sam is calm, and past the crisis, the recovery and any low mood after it.',
    });
    expect(
      within(calm).getByText('Talking too soon, or while they feel low, can bring the upset back.'),
    ).toBeInTheDocument();
    await user.click(within(calm).getByRole('radio', { name: 'Not yet' }));
    expect(await screen.findByRole('heading', { name: 'Maybe another day' })).toBeInTheDocument();
    // Advice only: starting is still possible.
    expect(screen.getByRole('button', { name: 'Start together' })).toBeEnabled();

    fireEvent.change(screen.getByLabelText('New date'), { target: { value: '2026-12-01' } });
    await user.click(screen.getByRole('button', { name: 'Postpone' }));
    await screen.findByRole('heading', { name: 'Sam' });
    expect(await screen.findByText('Postponed')).toBeInTheDocument();
    expect(screen.getByText(/Planned for/)).toBeInTheDocument();
    expect((await db.conversations.toArray())[0]).toMatchObject({
      status: 'postponed',
      rescheduledFor: '2026-12-01',
      readiness: { calm: 'not-yet' },
    });
  });

  it('reopens a postponed conversation through "Start together", then begins it; the staff note never shows in Together', async () => {
    const { user } = await openPerson();
    await prepareWithNote(user);
    await user.click(screen.getByRole('link', { name: 'Next: are we ready?' }));
    await user.click(
      within(await screen.findByRole('group', { name: /is calm/ })).getByRole('radio', {
        name: 'Not yet',
      }),
    );
    await user.click(await screen.findByRole('button', { name: 'Postpone' }));
    await screen.findByText('Postponed');

    await user.click(screen.getByRole('button', { name: 'Start together' }));
    await screen.findByRole('heading', { name: 'Are we ready?' });
    expect(
      await screen.findByText(/No PIN is set on this tablet yet: you will choose one/),
    ).toBeVisible();
    for (const group of screen.getAllByRole('group'))
      await user.click(within(group).getByRole('radio', { name: 'Yes' }));
    expect(
      await screen.findByText('Everything says yes. You can start together when you are ready.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start together' }));
    // The first time, staff set a PIN before Together opens; the staff note stays out of it too.
    await screen.findByRole('heading', { name: 'Set a staff PIN first', level: 1 });
    expect(document.body.textContent).not.toContain(STAFF_NOTE);
    await setFirstPinHere(user);

    expect(await screen.findByRole('heading', { name: 'Welcome', level: 1 })).toBeInTheDocument();
    expect(document.body.textContent).not.toContain(STAFF_NOTE);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByRole('heading', { name: 'What happened?' })).toBeInTheDocument();
    expect(document.body.textContent).not.toContain(STAFF_NOTE);
    expect(document.body.textContent).not.toContain('dining hall');
    const [stored] = await db.conversations.toArray();
    expect(stored?.status).toBe('in-progress');
    expect(stored?.startedAt).toEqual(expect.any(Number));
  });

  it('prepared picture steps are the story Together starts with', async () => {
    await saveQuickPin(TEST_STAFF_PIN);
    const { user } = await openPerson();
    await user.click(screen.getByRole('button', { name: 'Prepare a conversation' }));
    await screen.findByRole('heading', { name: 'Prepare a conversation' });
    // Strategies and phrases are for later steps: the story's tray offers only story pictures.
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual([
      'People',
      'Feelings',
      'Actions',
      'Activities',
    ]);
    await user.click(screen.getByRole('button', { name: 'teacher' }));
    await user.click(screen.getByRole('listitem', { name: 'Step 1' }));
    await screen.findByRole('button', { name: 'Move teacher from step 1' });
    await user.click(screen.getByRole('link', { name: 'Next: are we ready?' }));
    await user.click(await screen.findByRole('button', { name: 'Start together' }));
    await user.click(await screen.findByRole('button', { name: 'Next' }));
    await screen.findByRole('heading', { name: 'What happened?' });
    expect(screen.getByRole('button', { name: 'Move teacher from step 1' })).toBeInTheDocument();
  });
});
