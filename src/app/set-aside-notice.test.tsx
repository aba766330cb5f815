import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderAppAt } from '../../tests/render-app';
import { db } from '../storage/database';
import { addPerson } from '../storage/people-repo';
import { checkStoredRecords } from '../storage/record-sweep';

/** A person whose list of likes was lost (mended), and a conversation with no person (set aside). */
async function damagedRecords(): Promise<void> {
  const personId = await addPerson('Sam');
  const person: Record<string, unknown> = { ...(await db.people.get(personId)) };
  delete person['likes'];
  await db.table('people').put(person);
  await db.table('conversations').put({ id: 'orphan', status: 'planned', story: [] });
  await checkStoredRecords(db);
}

const findNotice = () => screen.findByRole('note', { name: 'Records checked when Restory opened' });

describe('records checked when Restory opened', () => {
  it('tells staff calmly what could not be read and what was repaired, until OK', async () => {
    await damagedRecords();
    const { user } = renderAppAt('/');

    const notice = await findNotice();
    expect(notice).toHaveTextContent(
      '1 record could not be read. It is kept safe on this tablet and nothing was deleted. Please tell your support contact.',
    );
    expect(notice).toHaveTextContent('1 record had a missing or damaged part and was repaired.');
    // The mended person is there to work with.
    expect(await screen.findByRole('link', { name: 'Sam' })).toBeVisible();

    await user.click(within(notice).getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(notice).not.toBeInTheDocument());
    expect(await db.settings.get('setAsideSeenAt')).toBeDefined();
  });

  it('counts them in Settings, after the notice is read too', async () => {
    await damagedRecords();
    const { user } = renderAppAt('/settings');
    await user.click(within(await findNotice()).getByRole('button', { name: 'OK' }));

    const section = await screen.findByRole('region', { name: 'Storage on this tablet' });
    expect(
      await within(section).findByText(/^1 record could not be read\. It is kept safe/),
    ).toBeVisible();
    expect(within(section).getByText(/^1 record had a missing or damaged part/)).toBeVisible();
  });

  it('says nothing when every record was well formed', async () => {
    await addPerson('Sam');
    await checkStoredRecords(db);
    renderAppAt('/');
    expect(await screen.findByRole('link', { name: 'Sam' })).toBeVisible();
    expect(screen.queryByRole('note', { name: 'Records checked when Restory opened' })).toBeNull();
  });
});
