import { screen, waitFor } from '@testing-library/react';
import { startConversationAt } from '../../tests/fixtures/builders';
import { describe, expect, it } from 'vitest';
import { openTogetherFor } from '../../tests/fixtures/lock';
import { renderAppAt } from '../../tests/render-app';
import { db } from '../storage/database';
import { addPerson } from '../storage/people-repo';
import { ACTIVE_TOGETHER_KEY } from '../storage/session-repo';

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
});
