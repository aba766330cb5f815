/** A talk with someone affected in Together: its own steps, the questions for those harmed. */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { withPlanCatalogue, withSmallCatalogue } from '../../tests/fixtures/builders';
import { saveQuickPin, TEST_STAFF_PIN } from '../../tests/fixtures/staff-pin';
import { renderAppAt } from '../../tests/render-app';
import { db } from '../storage/database';
import { saveAnswerText, toggleAnswerPicture } from '../storage/answers-repo';
import { shareInMeeting } from '../storage/meeting-repo';
import { goToStep } from '../storage/together-repo';
import {
  addIncident,
  addInvolvedPerson,
  prepareIncidentConversation,
  saveSafeguarding,
  talkWithAffected,
} from '../storage/incidents-repo';
import { beginTogether } from '../storage/conversations-repo';
import { addPerson } from '../storage/people-repo';

const STEPS = [
  'What happened?',
  'How did it feel?',
  'What did you think?',
  'How has it affected you?',
  'What has been the hardest thing?',
  'What would help to make things right?',
  'Finish',
];

async function talkWithAli() {
  withSmallCatalogue();
  await saveQuickPin(TEST_STAFF_PIN);
  const personId = await addPerson('Sam');
  const incidentId = await addIncident(personId);
  await saveSafeguarding(incidentId, { logReference: 'LOG-SECRET-7', injury: 'Bruised arm' });
  const peer = await addInvolvedPerson(incidentId, { kind: 'peer', name: 'Ali', cardId: null });
  const { conversationId } = await talkWithAffected(incidentId, peer);
  const app = renderAppAt(`/together/${conversationId}`);
  await screen.findByRole('heading', { name: 'What happened?', level: 1 });
  return { ...app, conversationId };
}

describe('a talk with someone affected', () => {
  it('has their story, their feelings, the questions for those harmed and Finish', async () => {
    await talkWithAli();
    const steps = screen.getByRole('navigation', { name: 'Steps' });
    expect(
      within(steps)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(STEPS);
    expect(screen.getByRole('button', { name: 'Break' })).toBeVisible();
  });

  it('keeps their pictures and words for a question, and the staff guide asks it', async () => {
    const { user, conversationId } = await talkWithAli();
    const steps = screen.getByRole('navigation', { name: 'Steps' });
    await user.click(within(steps).getByRole('button', { name: 'How has it affected you?' }));
    await screen.findByRole('heading', { name: 'How has it affected you?', level: 1 });
    await user.click(screen.getByRole('button', { name: 'angry' }));
    expect(await screen.findByText('You chose: angry.')).toBeVisible();
    await user.type(screen.getByLabelText('Type what they say, in their words'), 'I felt left out');
    await user.tab();
    await waitFor(async () =>
      expect((await db.conversations.get(conversationId))?.answers['impact']).toEqual({
        cardIds: ['feeling-angry'],
        text: 'I felt left out',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Staff guide' }));
    const guide = screen.getByRole('complementary', { name: 'Staff guide' });
    expect(within(guide).getByText('How has this affected you, and other people?')).toBeVisible();
    expect(within(guide).getByText(/do not promise to keep it secret/)).toBeVisible();
    // Nothing of the incident's safeguarding reaches a Together screen.
    expect(document.body.textContent).not.toMatch(/LOG-SECRET-7|Bruised arm/);
  });

  it('never shows what the person harmed said on the individual’s own Together screens', async () => {
    withSmallCatalogue();
    await saveQuickPin(TEST_STAFF_PIN);
    const personId = await addPerson('Sam');
    const incidentId = await addIncident(personId);
    const peer = await addInvolvedPerson(incidentId, { kind: 'peer', name: 'Ali', cardId: null });
    const talk = await talkWithAffected(incidentId, peer);
    await saveAnswerText(talk.conversationId, 'hardest', 'Ali said it was scary');
    await db.settings.delete('activeTogether');
    const own = await prepareIncidentConversation(incidentId);
    await beginTogether(own);
    for (const step of ['what-happened', 'who-was-affected', 'finish'] as const) {
      await goToStep(own, step);
      const { unmount } = renderAppAt(`/together/${own}`);
      await screen.findByRole('navigation', { name: 'Steps' });
      expect(document.body.textContent).not.toContain('it was scary');
      unmount();
    }
  });

  it('shows the individual what the person harmed would like only once they agreed to share it', async () => {
    withPlanCatalogue();
    await saveQuickPin(TEST_STAFF_PIN);
    const personId = await addPerson('Sam');
    const incidentId = await addIncident(personId);
    const peer = await addInvolvedPerson(incidentId, { kind: 'peer', name: 'Ali', cardId: null });
    const { conversationId: talk } = await talkWithAffected(incidentId, peer);
    await toggleAnswerPicture(talk, 'make-right', 'repair-make-card');
    await saveAnswerText(talk, 'make-right', 'A card from Sam');
    await db.settings.delete('activeTogether');
    const own = await prepareIncidentConversation(incidentId);
    await beginTogether(own);
    await goToStep(own, 'making-things-right');

    const first = renderAppAt(`/together/${own}`);
    await screen.findByRole('heading', { name: 'What would you like to do?' });
    expect(screen.queryByRole('heading', { name: 'What they would like' })).toBeNull();
    expect(document.body.textContent).not.toContain('A card from Sam');
    first.unmount();

    await shareInMeeting(talk, 'make-right', true);
    const { user } = renderAppAt(`/together/${own}`);
    const asked = await screen.findByRole('region', { name: 'What they would like' });
    expect(within(asked).getByText('A card from Sam')).toBeVisible();
    await user.click(within(asked).getByRole('button', { name: 'make a card' }));
    expect(await screen.findByText('You chose: make a card.')).toBeVisible();
  });
});
