/** The People list and a person's page when a change is not stored: staff read the calm notice. */
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { withSmallCatalogue } from '../../../tests/fixtures/builders';
import { abortError, SAVE_FAILED, storageFullError } from '../../../tests/fixtures/save-failures';
import { renderAppAt } from '../../../tests/render-app';
import { db } from '../../storage/database';
import { addPerson } from '../../storage/people-repo';
import { ACTIVE_TOGETHER_KEY } from '../../storage/session-repo';

describe('People when a change is not stored', () => {
  it('says so when a person cannot be added, and keeps the name to try again', async () => {
    const { user } = renderAppAt('/');
    await screen.findByRole('heading', { name: 'People' });
    vi.spyOn(db.people, 'add').mockRejectedValue(abortError());

    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Sam');
    await user.click(screen.getByRole('button', { name: 'Add person' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(SAVE_FAILED);
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('Sam');
    expect(await db.people.count()).toBe(0);
  });

  it('stays on the list, with nothing half started, when "Start together" cannot be stored', async () => {
    withSmallCatalogue();
    await addPerson('Sam');
    const { user } = renderAppAt('/');
    const row = await screen.findByRole('listitem', { name: 'Sam' });
    vi.spyOn(db.settings, 'put').mockRejectedValue(abortError());

    await user.click(within(row).getByRole('button', { name: 'Start together' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(SAVE_FAILED);
    expect(screen.getByRole('heading', { name: 'People' })).toBeVisible();
    expect(await db.conversations.count()).toBe(0);
    expect(await db.settings.get(ACTIVE_TOGETHER_KEY)).toBeUndefined();
  });

  it('says so when a symbol cannot be stored as the picture', async () => {
    withSmallCatalogue();
    const personId = await addPerson('Alex');
    const { user } = renderAppAt(`/people/${personId}/profile`);
    const symbols = await screen.findByRole('list', { name: 'Or choose a symbol' });
    vi.spyOn(db.people, 'put').mockRejectedValue(storageFullError());

    await user.click(within(symbols).getByRole('button', { name: 'friend' }));

    expect(
      await screen.findByText(/The tablet's storage is full, so the picture was not saved/),
    ).toBeVisible();
    expect((await db.people.get(personId))?.picture).toBeNull();
  });

  it("says so on the person's page when archiving cannot be stored", async () => {
    const personId = await addPerson('Sam');
    const { user } = renderAppAt(`/people/${personId}`);
    await screen.findByRole('heading', { name: 'Sam', level: 1 });
    vi.spyOn(db.people, 'put').mockRejectedValue(abortError());

    await user.click(screen.getByRole('button', { name: 'Archive' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(SAVE_FAILED);
    expect((await db.people.get(personId))?.archivedAt).toBeNull();
  });
});
