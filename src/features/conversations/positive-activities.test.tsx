import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { withSmallCatalogue, startConversationAt } from '../../../tests/fixtures/builders';
import { renderAppAt } from '../../../tests/render-app';
import { db } from '../../storage/database';
import { addPerson } from '../../storage/people-repo';
import {
  choosePositiveActivity,
  finishConversation,
  planPositiveActivity,
} from '../../storage/together-repo';

async function personWithAgreedActivity(activityId = 'starter-football') {
  withSmallCatalogue();
  const personId = await addPerson('Sam');
  await db.people.update(personId, {
    likes: [{ id: 'like-swim', text: 'Swimming', image: null }],
  });
  const id = await startConversationAt(personId, 'something-good');
  await choosePositiveActivity(id, activityId);
  await planPositiveActivity(id, '2026-11-26');
  return { personId, id };
}

describe("the person's page", () => {
  it('lists the agreed activity with its day, and staff tick when it happened', async () => {
    const { personId, id } = await personWithAgreedActivity();
    const { user } = renderAppAt(`/people/${personId}`);

    const heading = await screen.findByRole('heading', { name: 'Something good together' });
    const list = within(heading.closest('section')!).getByRole('list');
    expect(within(list).getByText('football')).toBeInTheDocument();
    expect(within(list).getByText(/Planned for Thursday.*26/)).toBeInTheDocument();

    const happened = screen.getByRole('checkbox', { name: 'football happened' });
    expect(happened).not.toBeChecked();
    await user.click(happened);
    await waitFor(() => expect(happened).toBeChecked());
    expect((await db.conversations.get(id))?.positive?.doneAt).toEqual(expect.any(Number));

    await user.click(happened);
    await waitFor(() => expect(happened).not.toBeChecked());
    expect((await db.conversations.get(id))?.positive?.doneAt).toBeNull();
  });

  it("names an activity from the person's likes by their own words", async () => {
    const { personId } = await personWithAgreedActivity('like-swim');
    renderAppAt(`/people/${personId}`);
    expect(await screen.findByRole('checkbox', { name: 'Swimming happened' })).toBeInTheDocument();
  });

  it('stays quiet when nothing has been agreed yet', async () => {
    withSmallCatalogue();
    const personId = await addPerson('Sam');
    await startConversationAt(personId, 'something-good');
    renderAppAt(`/people/${personId}`);
    await screen.findByRole('heading', { name: 'Conversations' });
    expect(
      screen.queryByRole('heading', { name: 'Something good together' }),
    ).not.toBeInTheDocument();
  });

  it('links a completed conversation to its summary', async () => {
    const { personId, id } = await personWithAgreedActivity();
    await finishConversation(id);
    const { user } = renderAppAt(`/people/${personId}`);

    const link = await screen.findByRole('link', { name: /^Summary of the conversation started/ });
    expect(link).toHaveAttribute('href', `/conversations/${id}/summary`);
    await user.click(link);
    await waitFor(() => expect(window.location.pathname).toBe(`/conversations/${id}/summary`));
  });
});
