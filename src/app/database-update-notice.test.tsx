import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderAppAt } from '../../tests/render-app';
import { openNewerVersion } from '../../tests/fixtures/databases/newer-version';
import { db } from '../storage/database';
import { addPerson } from '../storage/people-repo';

describe('when another tab upgrades the database', () => {
  it('lets go at once, says the work is saved and asks to reload; nothing stored is lost', async () => {
    await addPerson('Sam');
    renderAppAt('/');
    await screen.findByRole('link', { name: 'Sam' });

    const newer = await openNewerVersion(db.verno);
    const notice = await screen.findByRole('alertdialog', { name: 'Restory was updated' });
    expect(notice).toHaveTextContent('Everything you did here is saved.');
    expect(screen.getByRole('button', { name: 'Reload' })).toHaveFocus();
    expect(db.isOpen()).toBe(false);
    expect(
      (await newer.table('people').toArray()).map((p: { displayName: string }) => p.displayName),
    ).toEqual(['Sam']);
    newer.close();
  });
});
