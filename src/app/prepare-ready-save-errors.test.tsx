/**
 * Prepare and "Are we ready?" when a change is not stored: staff read the calm notice on the
 * screen, the answer or tick shows what is stored, and "Start together" leaves nothing half done.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { withSmallCatalogue } from '../../tests/fixtures/builders';
import { abortError, SAVE_FAILED } from '../../tests/fixtures/save-failures';
import { renderAppAt } from '../../tests/render-app';
import { planConversation } from '../storage/conversations-repo';
import { db } from '../storage/database';
import { addPerson } from '../storage/people-repo';
import { ACTIVE_TOGETHER_KEY } from '../storage/session-repo';

async function planned() {
  withSmallCatalogue();
  return planConversation(await addPerson('Sam'));
}

async function openReady() {
  const id = await planned();
  const app = renderAppAt(`/conversations/${id}/ready`);
  await screen.findByRole('heading', { name: 'Are we ready?' });
  return { ...app, id };
}

const stored = async (id: string) => (await db.conversations.get(id))!;
const failConversationWrites = () =>
  vi.spyOn(db.conversations, 'put').mockRejectedValue(abortError());

describe('Prepare when a change is not stored', () => {
  it('says so for typed words and takes a tick back', async () => {
    const id = await planned();
    const { user } = renderAppAt(`/conversations/${id}/prepare`);
    await screen.findByRole('heading', { name: 'Prepare a conversation', level: 1 });
    failConversationWrites();

    await user.type(screen.getByRole('textbox', { name: 'Where did it happen?' }), 'h');
    expect(await screen.findByRole('alert')).toHaveTextContent(SAVE_FAILED);

    await user.click(screen.getByRole('checkbox', { name: 'Music' }));
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Music' })).not.toBeChecked());
    expect(screen.getByRole('alert')).toHaveTextContent(SAVE_FAILED);
    expect((await stored(id)).preparation).toBeNull();
  });
});

describe('"Are we ready?" when a change is not stored', () => {
  it('says so and shows the answer as not given, so it can be given again', async () => {
    const { user, id } = await openReady();
    failConversationWrites();
    const calm = screen.getByRole('group', { name: /is calm/ });

    await user.click(within(calm).getByRole('radio', { name: 'Yes' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(SAVE_FAILED);
    await waitFor(() => expect(within(calm).getByRole('radio', { name: 'Yes' })).not.toBeChecked());
    expect((await stored(id)).readiness).toEqual({});
  });

  it('stays here, begun nowhere, when "Start together" cannot be stored', async () => {
    const { user, id } = await openReady();
    vi.spyOn(db.settings, 'bulkPut').mockRejectedValue(abortError());

    await user.click(screen.getByRole('button', { name: 'Start together' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(SAVE_FAILED);
    expect(screen.getByRole('heading', { name: 'Are we ready?' })).toBeVisible();
    expect((await stored(id)).status).toBe('planned');
    expect(await db.settings.get(ACTIVE_TOGETHER_KEY)).toBeUndefined();
  });

  it('stays here and says so when postponing cannot be stored', async () => {
    const { user, id } = await openReady();
    await user.click(
      within(screen.getByRole('group', { name: /is calm/ })).getByRole('radio', {
        name: 'Not yet',
      }),
    );
    await screen.findByRole('heading', { name: 'Maybe another day' });
    await waitFor(async () => expect((await stored(id)).readiness).toEqual({ calm: 'not-yet' }));
    failConversationWrites();

    await user.click(screen.getByRole('button', { name: 'Postpone' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(SAVE_FAILED);
    expect(screen.getByRole('heading', { name: 'Are we ready?' })).toBeVisible();
    expect((await stored(id)).status).toBe('planned');
  });
});
