import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { withSmallCatalogue } from '../../../tests/fixtures/builders';
import { renderAppAt } from '../../../tests/render-app';
import { planConversation } from '../../storage/conversations-repo';
import { db } from '../../storage/database';
import { addPerson } from '../../storage/people-repo';

describe('Prepare: the talk', () => {
  it('stores when and where the talk will be, and whether the person agreed', async () => {
    withSmallCatalogue();
    const id = await planConversation(await addPerson('Sam'));
    const { user } = renderAppAt(`/conversations/${id}/prepare`);
    const talk = await screen.findByRole('region', { name: 'The talk' });
    await user.type(
      within(talk).getByRole('textbox', { name: 'Where will you talk?' }),
      'quiet room',
    );
    const agreed = within(talk).getByRole('group', { name: 'Has Sam agreed to talk?' });
    expect(within(agreed).getByRole('radio', { name: 'Not asked yet' })).toBeChecked();
    await user.click(within(agreed).getByRole('radio', { name: 'Yes' }));
    await waitFor(async () =>
      expect((await db.conversations.get(id))?.preparation).toMatchObject({
        talkPlace: 'quiet room',
        isAgreed: true,
      }),
    );
    expect(within(agreed).getByRole('radio', { name: 'Yes' })).toBeChecked();
  });
});
