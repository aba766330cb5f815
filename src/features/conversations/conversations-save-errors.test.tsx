/** A person's conversations and agreed activities when a change is not stored. */
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { withSmallCatalogue, startConversationAt } from '../../../tests/fixtures/builders';
import { abortError, SAVE_FAILED } from '../../../tests/fixtures/save-failures';
import { renderAppAt } from '../../../tests/render-app';
import { planConversation, postponeConversation } from '../../storage/conversations-repo';
import { db } from '../../storage/database';
import { addPerson } from '../../storage/people-repo';
import { ACTIVE_TOGETHER_KEY } from '../../storage/session-repo';
import { choosePositiveActivity } from '../../storage/together-repo';

async function openPersonPage(personId: string) {
  const app = renderAppAt(`/people/${personId}`);
  await screen.findByRole('heading', { name: 'Sam', level: 1 });
  return app;
}

async function sam() {
  withSmallCatalogue();
  return addPerson('Sam');
}

describe("a person's page when a change is not stored", () => {
  it('says so when the happened tick cannot be stored, and shows it unticked', async () => {
    const personId = await sam();
    const id = await startConversationAt(personId, 'something-good');
    await choosePositiveActivity(id, 'starter-football');
    const { user } = await openPersonPage(personId);
    const happened = await screen.findByRole('checkbox', { name: 'football happened' });
    vi.spyOn(db.conversations, 'put').mockRejectedValue(abortError());

    await user.click(happened);

    expect(await screen.findByRole('alert')).toHaveTextContent(SAVE_FAILED);
    await waitFor(() => expect(happened).not.toBeChecked());
    expect((await db.conversations.get(id))?.positive?.doneAt).toBeNull();
  });

  it('stays here, with nothing half started, when "Start together" cannot be stored', async () => {
    const personId = await sam();
    const { user } = await openPersonPage(personId);
    await screen.findByText('No conversations yet.');
    vi.spyOn(db.settings, 'put').mockRejectedValue(abortError());

    await user.click(screen.getByRole('button', { name: 'Start together' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(SAVE_FAILED);
    expect(screen.getByRole('heading', { name: 'Sam', level: 1 })).toBeVisible();
    expect(await db.conversations.count()).toBe(0);
    expect(await db.settings.get(ACTIVE_TOGETHER_KEY)).toBeUndefined();
  });

  it('says so when a new plan cannot be stored', async () => {
    const personId = await sam();
    const { user } = await openPersonPage(personId);
    vi.spyOn(db.conversations, 'add').mockRejectedValue(abortError());

    await user.click(screen.getByRole('button', { name: 'Prepare a conversation' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(SAVE_FAILED);
    expect(screen.getByRole('heading', { name: 'Sam', level: 1 })).toBeVisible();
  });

  it('says so when a postponed conversation cannot be reopened', async () => {
    const personId = await sam();
    const id = await planConversation(personId);
    await postponeConversation(id, '');
    const { user } = await openPersonPage(personId);
    const reopen = await screen.findByRole('button', { name: 'Reopen' });
    vi.spyOn(db.conversations, 'put').mockRejectedValue(abortError());

    await user.click(reopen);

    expect(await screen.findByRole('alert')).toHaveTextContent(SAVE_FAILED);
    expect((await db.conversations.get(id))?.status).toBe('postponed');
  });
});
