/** A meeting together (issue 13, point 3): only when each is ready, sharing only what each agreed. */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { withPlanCatalogue } from '../../tests/fixtures/builders';
import { renderAppAt } from '../../tests/render-app';
import { saveAnswerText, toggleAnswerPicture } from '../storage/answers-repo';
import { db } from '../storage/database';
import {
  addIncident,
  addInvolvedPerson,
  prepareIncidentConversation,
  saveSafeguarding,
  talkWithAffected,
} from '../storage/incidents-repo';
import { addPerson } from '../storage/people-repo';
import { chooseRepair } from '../storage/together-plan-repo';

/** Jo's incident with Sam: both talks finished, nothing agreed to share yet. */
async function incidentWithTwoTalks() {
  withPlanCatalogue();
  const personId = await addPerson('Jo');
  const incidentId = await addIncident(personId);
  await saveSafeguarding(incidentId, { logReference: 'LOG-SECRET-9' });
  const samId = await addInvolvedPerson(incidentId, { kind: 'peer', name: 'Sam', cardId: null });
  const own = await prepareIncidentConversation(incidentId);
  await chooseRepair(own, 'repair-make-card');
  const { conversationId: samTalk } = await talkWithAffected(incidentId, samId);
  await saveAnswerText(samTalk, 'thought', 'I was scared of the noise');
  await toggleAnswerPicture(samTalk, 'make-right', 'repair-say-sorry');
  await saveAnswerText(samTalk, 'make-right', 'Play football again');
  // The talk opened Together on this tablet; it has finished.
  await db.settings.delete('activeTogether');
  for (const id of [own, samTalk]) {
    await db.conversations.update(id, { status: 'completed', completedAt: Date.now() });
  }
  return { personId, incidentId };
}

describe('a meeting together', () => {
  it('starts only when each person is ready, and shows only what each agreed to share', async () => {
    const { incidentId } = await incidentWithTwoTalks();
    const { user } = renderAppAt(`/incidents/${incidentId}`);
    await user.click(await screen.findByRole('button', { name: 'Plan a meeting together' }));
    expect(await screen.findByRole('heading', { name: 'Meeting together', level: 1 })).toBeVisible();
    const start = screen.getByRole('button', { name: 'Start the meeting' });
    expect(start).toBeDisabled();
    expect(screen.getByText('Jo: not asked yet.')).toBeVisible();

    const jo = screen.getByRole('region', { name: 'Jo' });
    const sam = screen.getByRole('region', { name: 'Sam' });
    await user.click(within(jo).getByRole('radio', { name: 'Yes, they agree' }));
    await user.click(await within(jo).findByRole('radio', { name: 'No' }));
    await user.click(within(sam).getByRole('radio', { name: 'Yes, they agree' }));
    await user.click(await within(sam).findByRole('radio', { name: 'Not sure' }));
    expect(
      await within(sam).findByText(/A meeting should never feel like being ganged up against/),
    ).toBeVisible();
    expect(
      screen.getByText('Sam: not sure if it could feel like being ganged up against.'),
    ).toBeVisible();
    expect(start).toBeDisabled();
    await user.click(within(sam).getByRole('radio', { name: 'No' }));

    // Sam agrees to share what would help, not what they thought; Jo shares nothing.
    await user.click(
      within(sam).getByRole('checkbox', { name: 'What would help to make things right' }),
    );
    expect(within(sam).getByRole('checkbox', { name: 'What they thought when it happened' })).not
      .toBeChecked();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Start the meeting' })).toBeEnabled());
    await user.click(screen.getByRole('button', { name: 'Start the meeting' }));

    expect(await screen.findByRole('heading', { name: 'In the meeting' })).toBeVisible();
    expect(await screen.findByRole('heading', { name: 'What would help Sam' })).toBeVisible();
    expect(screen.getByText('Play football again')).toBeVisible();
    expect(screen.getByText('Jo did not share anything from their talk. That is OK.')).toBeVisible();
    expect(document.body.textContent).not.toMatch(/scared of the noise|LOG-SECRET-9/);
    // Jo did not share how they will make things right: only Sam's wish is offered.
    const agree = screen.getByRole('list', { name: 'What we agree together' });
    expect(within(agree).getAllByRole('button').map((b) => b.textContent)).toEqual([
      'say sorry my way',
    ]);
    await user.click(within(agree).getByRole('button', { name: 'say sorry my way' }));
    expect(await screen.findByText('We agree: say sorry my way.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Finish the meeting' }));
    expect(await screen.findByText(/The meeting finished on/)).toBeVisible();
    const agreed = screen.getByRole('region', { name: 'What we agreed together' });
    expect(within(agreed).getByText('say sorry my way')).toBeVisible();
    expect(screen.getByText(/^Sam: Yes, they agree\./)).toBeVisible();
  });

  it('asks on a finished talk’s summary what its person agrees to share, and keeps it', async () => {
    const { incidentId } = await incidentWithTwoTalks();
    const [samTalk] = (await db.conversations.where('incidentId').equals(incidentId).toArray())
      .filter((c) => c.kind === 'affected');
    const { user } = renderAppAt(`/conversations/${samTalk?.id}/summary`);
    const sharing = await screen.findByRole('region', { name: 'Sharing in a meeting together' });
    const help = within(sharing).getByRole('checkbox', {
      name: 'What would help to make things right',
    });
    expect(help).not.toBeChecked();
    await user.click(help);
    await waitFor(async () =>
      expect((await db.conversations.get(samTalk?.id ?? ''))?.shared).toEqual(['make-right']),
    );
    expect(help).toBeChecked();
  });
});
