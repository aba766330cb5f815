import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { withSmallCatalogue } from '../../../tests/fixtures/builders';
import { leaveWithStaffPin, setFirstPinHere } from '../../../tests/fixtures/lock';
import { renderAppAt } from '../../../tests/render-app';
import { planConversation } from '../../storage/conversations-repo';
import { db } from '../../storage/database';
import { addPerson } from '../../storage/people-repo';

describe('People', () => {
  it('adds a person by name and lists them', async () => {
    const { user } = renderAppAt('/');
    expect(await screen.findByRole('heading', { name: 'People' })).toBeInTheDocument();
    expect(await screen.findByText(/No one here yet/)).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Name' }), '  Sam  ');
    await user.click(screen.getByRole('button', { name: 'Add person' }));
    const row = await screen.findByRole('listitem', { name: 'Sam' });
    expect(within(row).getByRole('link', { name: 'Sam' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('');
    expect((await db.people.toArray()).map((p) => p.displayName)).toEqual(['Sam']);
  });

  it('asks for a name, calmly, instead of adding an empty one', async () => {
    const { user } = renderAppAt('/');
    await user.click(await screen.findByRole('button', { name: 'Add person' }));
    expect(screen.getByText('Please write a name.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveFocus();
    expect(await db.people.count()).toBe(0);
  });

  it('opens a person by name and starts a conversation on the storyboard', async () => {
    withSmallCatalogue();
    const { user } = renderAppAt('/');
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'Alex');
    await user.click(screen.getByRole('button', { name: 'Add person' }));
    await user.click(await screen.findByRole('link', { name: 'Alex' }));
    expect(await screen.findByRole('heading', { name: 'Alex' })).toBeInTheDocument();
    expect(await screen.findByText('No conversations yet.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start together' }));
    await setFirstPinHere(user);
    expect(await screen.findByRole('heading', { name: 'Welcome', level: 1 })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByRole('heading', { name: 'What happened?' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Story' })).toBeInTheDocument();
    expect(await db.conversations.count()).toBe(1);
  });

  it('continues a prepared conversation from the list, through "Are we ready?", never a second', async () => {
    withSmallCatalogue();
    const personId = await addPerson('Alex');
    await planConversation(personId);
    const { user } = renderAppAt('/');
    const row = await screen.findByRole('listitem', { name: 'Alex' });
    await user.click(within(row).getByRole('button', { name: 'Start together' }));
    expect(await screen.findByRole('heading', { name: 'Are we ready?', level: 1 })).toBeVisible();
    expect(await db.conversations.count()).toBe(1);
  });

  it('has the main navigation', async () => {
    renderAppAt('/');
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual(['People', 'Library', 'Settings']);
  });
});

describe('coming back to the app', () => {
  it('reopens the conversation left open in Together mode, until staff leave it', async () => {
    withSmallCatalogue();
    const { user, unmount } = renderAppAt('/');
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'Alex');
    await user.click(screen.getByRole('button', { name: 'Add person' }));
    await user.click(await screen.findByRole('button', { name: 'Start together' }));
    await setFirstPinHere(user);
    await screen.findByRole('heading', { name: 'Welcome', level: 1 });
    // Which conversation is open is held by the database alone; the screen cannot show it.
    await waitFor(async () => expect(await db.settings.get('activeTogether')).toBeDefined());
    unmount();

    const again = renderAppAt('/');
    expect(await screen.findByRole('heading', { name: 'Welcome', level: 1 })).toBeInTheDocument();
    await leaveWithStaffPin();
    expect(await screen.findByRole('heading', { name: 'Alex' })).toBeInTheDocument();
    again.unmount();

    renderAppAt('/');
    expect(await screen.findByRole('heading', { name: 'People' })).toBeInTheDocument();
  });
});
