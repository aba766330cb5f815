import { screen, waitFor } from '@testing-library/react';
import { startConversationAt } from '../../tests/fixtures/builders';
import { describe, expect, it } from 'vitest';
import { openTogetherFor } from '../../tests/fixtures/lock';
import { renderAppAt } from '../../tests/render-app';
import { db } from '../storage/database';
import { addPerson } from '../storage/people-repo';
import { ACTIVE_TOGETHER_KEY, enterTogether, leaveTogether } from '../storage/session-repo';

const activeTogether = async () => (await db.settings.get(ACTIVE_TOGETHER_KEY))?.value;

describe('Together is a locked mode', () => {
  it('an address naming another conversation goes back to the open one', async () => {
    const { conversationId } = await openTogetherFor('Sam');
    const other = await startConversationAt(await addPerson('Alex'));
    renderAppAt(`/together/${other}`);
    await screen.findByRole('heading', { name: 'What happened?', level: 1 });
    await waitFor(() => expect(window.location.pathname).toBe(`/together/${conversationId}`));
    expect(await activeTogether()).toBe(conversationId);
  });

  it('the app’s address and staff pages reopen the open conversation', async () => {
    const { conversationId } = await openTogetherFor('Sam');
    for (const path of ['/', '/settings', '/library']) {
      const { unmount } = renderAppAt(path);
      await screen.findByRole('heading', { name: 'What happened?', level: 1 });
      expect(window.location.pathname).toBe(`/together/${conversationId}`);
      unmount();
    }
  });

  it('has no links and no navigation out', async () => {
    const { conversationId } = await openTogetherFor('Sam');
    renderAppAt(`/together/${conversationId}`);
    await screen.findByRole('heading', { name: 'What happened?', level: 1 });
    expect(screen.queryAllByRole('link')).toEqual([]);
    // The only navigation is the steps of this conversation, never the app's.
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Steps' })).toBeInTheDocument();
  });

  it('when staff unlock in another tab, this one leaves for the person’s page too', async () => {
    const { conversationId, personId } = await openTogetherFor('Sam');
    renderAppAt(`/together/${conversationId}`);
    await screen.findByRole('heading', { name: 'What happened?', level: 1 });
    // What the other tab's "Staff" does once the PIN or the hold is passed.
    await leaveTogether();
    expect(await screen.findByRole('heading', { name: 'Sam', level: 1 })).toBeInTheDocument();
    expect(window.location.pathname).toBe(`/people/${personId}`);
    // It left because the lock was lifted, and did not put it back.
    expect(await activeTogether()).toBeUndefined();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
  });

  it('stays in Together while the stored lock stays on, whatever else changes', async () => {
    const { conversationId } = await openTogetherFor('Sam');
    renderAppAt(`/together/${conversationId}`);
    await screen.findByRole('heading', { name: 'What happened?', level: 1 });
    // The lock written again (as a second "Start together" would) is no release.
    await enterTogether(conversationId);
    await db.settings.put({ key: 'calmMotion', value: true });
    await waitFor(async () => expect((await db.settings.get('calmMotion'))?.value).toBe(true));
    expect(screen.getByRole('heading', { name: 'What happened?', level: 1 })).toBeInTheDocument();
    expect(window.location.pathname).toBe(`/together/${conversationId}`);
  });
});
