import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { startConversationAt, withSmallCatalogue } from '../../../tests/fixtures/builders';
import { renderAppAt } from '../../../tests/render-app';
import { applyStoryChange } from '../../storage/conversations-repo';
import { db } from '../../storage/database';
import { addPerson } from '../../storage/people-repo';

const step = (n: number) => screen.getByRole('listitem', { name: `Step ${n}` });
const startedHere = (n: number) => within(step(n)).getByRole('button', { name: 'It started here' });
const stored = async (id: string) => (await db.conversations.get(id))?.startFrameId;

describe('"It started here" on a story step', () => {
  it('marks one step at a time, moves the mark, and takes it off with another tap', async () => {
    withSmallCatalogue();
    const id = await startConversationAt(await addPerson('Sam'));
    await applyStoryChange(id, { type: 'add-frame', frameId: 'second' });
    const { user } = renderAppAt(`/together/${id}`);
    await screen.findByRole('heading', { name: 'What happened?' });

    await user.click(startedHere(2));
    await waitFor(() => expect(startedHere(2)).toHaveAttribute('aria-pressed', 'true'));
    expect(startedHere(1)).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('status')).toHaveTextContent('It started in step 2.');
    expect(await stored(id)).toBe('second');

    const first = (await db.conversations.get(id))!.story[0]!.id;
    await user.click(startedHere(1));
    await waitFor(() => expect(startedHere(1)).toHaveAttribute('aria-pressed', 'true'));
    expect(startedHere(2)).toHaveAttribute('aria-pressed', 'false');
    expect(await stored(id)).toBe(first);

    await user.click(startedHere(1));
    await waitFor(() => expect(startedHere(1)).toHaveAttribute('aria-pressed', 'false'));
    expect(await stored(id)).toBeNull();
  });
});
