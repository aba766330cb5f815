import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { startConversationAt, withSmallCatalogue } from '../../tests/fixtures/builders';
import { renderAppAt } from '../../tests/render-app';
import { heldImageUrls } from '../lib/read-ahead-images';
import { symbolUrl } from '../lib/symbols';
import { applyStoryChange } from '../storage/conversations-repo';
import { db } from '../storage/database';
import { addPerson } from '../storage/people-repo';

describe('the person’s page', () => {
  it('reads ahead the pictures "Carry on" opens the story with', async () => {
    withSmallCatalogue();
    const personId = await addPerson('Sam');
    const id = await startConversationAt(personId);
    const first = (await db.conversations.get(id))!.story[0]!.id;
    // "shout" is on no board's first page: it is there because the story holds it.
    await applyStoryChange(id, {
      type: 'place',
      placementId: 'p1',
      cardId: 'starter-shout',
      frameId: first,
    });

    renderAppAt(`/people/${personId}`);
    expect(await screen.findByRole('link', { name: 'Carry on' })).toBeVisible();
    await waitFor(() => expect(heldImageUrls()).toContain(symbolUrl('1F5E3')));
    // The tray's first board (People) and the steps' own pictures come with it.
    expect(heldImageUrls()).toEqual(
      expect.arrayContaining([symbolUrl('1F9D1-200D-1F3EB'), symbolUrl('1F389')]),
    );
  });
});
