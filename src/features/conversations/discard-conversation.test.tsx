import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderAppAt } from '../../../tests/render-app';
import { planConversation, startConversation } from '../../storage/conversations-repo';
import { db } from '../../storage/database';
import { addPerson } from '../../storage/people-repo';

async function personWithPlan() {
  const personId = await addPerson('Sam');
  const conversationId = await planConversation(personId);
  const view = renderAppAt(`/people/${personId}`);
  return { ...view, conversationId };
}

describe('discarding a prepared conversation that was never held', () => {
  it('asks once, then removes it from the person’s page and leaves a tombstone', async () => {
    const { user, conversationId } = await personWithPlan();
    await user.click(await screen.findByRole('button', { name: 'Discard' }));
    const question = screen.getByRole('group', { name: /Discard this prepared conversation/ });
    expect(within(question).getByText(/nothing the person said is lost/)).toHaveFocus();
    await user.click(within(question).getByRole('button', { name: 'Discard it' }));
    expect(await screen.findByText('No conversations yet.')).toBeVisible();
    expect(await db.tombstones.get(conversationId)).toMatchObject({ table: 'conversations' });
  });

  it('keeps it when staff choose "Keep it"', async () => {
    const { user } = await personWithPlan();
    await user.click(await screen.findByRole('button', { name: 'Discard' }));
    await user.click(screen.getByRole('button', { name: 'Keep it' }));
    // Focus goes back to the button once it is drawn again.
    const again = await screen.findByRole('button', { name: 'Discard' });
    await waitFor(() => expect(again).toHaveFocus());
    expect(screen.getByRole('link', { name: 'Are we ready?' })).toBeVisible();
    // Prepared, not begun: it says when it was prepared, and has no steps to count yet.
    const item = screen.getByRole('listitem', { name: /^Prepared / });
    expect(within(item).queryByText(/\bsteps?\b/)).toBeNull();
  });

  it('is not offered for a conversation that has begun', async () => {
    const personId = await addPerson('Sam');
    await startConversation(personId);
    renderAppAt(`/people/${personId}`);
    expect(await screen.findByRole('link', { name: 'Carry on' })).toBeVisible();
    expect(screen.getByRole('listitem', { name: /^Started / })).toHaveTextContent('1 step');
    expect(screen.queryByRole('button', { name: 'Discard' })).not.toBeInTheDocument();
  });
});
