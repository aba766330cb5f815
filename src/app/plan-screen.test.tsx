/**
 * The support plan (issue 11): started from the profile, updated from a finished conversation
 * (accept, edit or drop each suggestion), versions compared, and the three versions to share.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { withPlanCatalogue } from '../../tests/fixtures/builders';
import { renderAppAt } from '../../tests/render-app';
import { makeConversation } from '../domain/records';
import type { Conversation } from '../domain/types';
import { db } from '../storage/database';
import { addPerson, updateProfile } from '../storage/people-repo';
import { planIdOf } from '../storage/plans-repo';

/** Sam's finished conversation: the teacher shouting started it, Sam felt angry, then shouted. */
async function finishedConversation() {
  withPlanCatalogue();
  const personId = await addPerson('Sam');
  const base = makeConversation({
    id: 'talk-1',
    personId,
    firstFrameId: 'f1',
    status: 'completed',
    time: Date.now(),
  });
  const placed = (cardId: string) => ({ id: `p-${cardId}`, cardId, bubbles: [] });
  const conversation: Conversation = {
    ...base,
    story: [
      { id: 'f1', caption: '', placements: [placed('starter-teacher')] },
      { id: 'f2', caption: '', placements: [placed('starter-shout')] },
    ],
    startFrameId: 'f1',
    feelings: [
      {
        id: 'x1',
        frameId: 'f1',
        cardId: 'feeling-angry',
        size: 4,
        colour: null,
        drawingMediaId: null,
        soundId: null,
      },
    ],
    strategies: ['strategy-ask-break', 'strategy-ear-defenders'],
    strategyFeelings: [{ strategyId: 'strategy-ask-break', feelingCardId: 'feeling-angry' }],
    commitments: ['listenFirst'],
    repairs: ['repair-make-card'],
    preparation: {
      incidentAt: '',
      place: '',
      staffNote: 'STAFF-ONLY-NOTE-7',
      staff: '',
      thirdPerson: '',
      supports: [],
    },
    startedAt: Date.now() - 60_000,
    completedAt: Date.now(),
  };
  await db.conversations.add(conversation);
  return { personId, conversationId: conversation.id };
}

const group = (words: string) => screen.getByRole('group', { name: words });

describe('the support plan', () => {
  it('is updated from a finished conversation: accepted suggestions are saved, dropped ones are not', async () => {
    const { personId, conversationId } = await finishedConversation();
    const { user } = renderAppAt(`/conversations/${conversationId}/summary`);
    await user.click(await screen.findByRole('link', { name: 'Update support plan' }));
    expect(await screen.findByRole('heading', { name: 'Update support plan' })).toBeVisible();

    const tie = await screen.findByRole('group', {
      name: 'When I feel angry, I can ask for a break.',
    });
    await user.click(within(tie).getByRole('button', { name: 'Accept' }));
    const defenders = group('Ear defenders can help me.');
    await user.clear(within(defenders).getByRole('textbox'));
    await user.type(within(defenders).getByRole('textbox'), 'Ear defenders in the hall');
    await user.click(within(defenders).getByRole('button', { name: 'Accept' }));
    await user.click(within(group('teacher')).getByRole('button', { name: 'Drop' }));
    expect(screen.getByText(/2 accepted, 1 dropped/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Save the accepted changes' }));

    expect(await screen.findByRole('heading', { name: 'Support plan: Sam' })).toBeVisible();
    const helps = screen.getByRole('list', { name: 'What helps when I am getting upset' });
    expect(
      within(helps)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['When I feel angry, I can ask for a break.', 'Ear defenders in the hall']);
    expect(screen.queryByText('teacher')).toBeNull();
    const plan = await db.plans.get(planIdOf(personId));
    expect(plan?.versions).toHaveLength(1);
    expect(plan?.versions[0]).toMatchObject({ conversationId, number: 1 });

    // The same conversation again suggests only what is not in the plan yet.
    await user.click(screen.getByRole('link', { name: 'Update support plan' }));
    await user.click(await screen.findByRole('link', { name: /Conversation of/ }));
    expect(await screen.findByRole('group', { name: 'teacher' })).toBeVisible();
    expect(
      screen.queryByRole('group', { name: 'When I feel angry, I can ask for a break.' }),
    ).toBeNull();
  });

  it('compares two versions, shows an older one, and is edited by hand as a new version', async () => {
    const { personId } = await finishedConversation();
    const sam = await db.people.get(personId);
    if (!sam) throw new Error('Sam is missing');
    await updateProfile(personId, { ...sam, likes: [{ id: 'l1', text: 'trains', image: null }] });
    const { user } = renderAppAt(`/people/${personId}/plan`);
    await user.click(await screen.findByRole('link', { name: 'Start the plan from the profile' }));
    await user.click(
      within(await screen.findByRole('group', { name: 'I like trains' })).getByRole('button', {
        name: 'Accept',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Save the accepted changes' }));

    await user.click(await screen.findByRole('button', { name: 'Edit plan' }));
    const form = screen.getByRole('form', { name: 'Edit the support plan' });
    await user.click(within(form).getByRole('button', { name: 'Add to What can upset me' }));
    await user.type(
      within(form).getByRole('textbox', { name: 'New item for What can upset me' }),
      'Sudden loud noises',
    );
    await user.click(within(form).getByRole('button', { name: 'Picture for Sudden loud noises' }));
    await user.type(within(form).getByRole('searchbox', { name: 'Find a picture' }), 'teach');
    const pictures = within(form).getByRole('list', { name: 'Pictures' });
    await user.click(within(pictures).getByRole('button', { name: 'teacher' }));
    await user.type(within(form).getByRole('textbox', { name: 'Why it changed' }), 'Review');
    await user.click(within(form).getByRole('button', { name: 'Save as a new version' }));
    const triggers = await screen.findByRole('list', { name: 'What can upset me' });
    expect(within(triggers).getByText('Sudden loud noises')).toBeVisible();
    const stored = await db.plans.get(planIdOf(personId));
    expect(stored?.items.find((i) => i.words === 'Sudden loud noises')?.picture).toEqual({
      kind: 'symbol',
      symbol: '1F9D1-200D-1F3EB',
    });
    expect(stored?.versions.at(-1)?.reason).toBe('Review');

    await user.click(screen.getByRole('link', { name: 'Compare versions' }));
    expect(await screen.findByRole('heading', { name: 'Compare versions' })).toBeVisible();
    const region = screen.getByRole('region', { name: 'What can upset me' });
    expect(
      within(within(region).getByRole('list', { name: 'Added' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Sudden loud noises']);
    expect(screen.getAllByRole('region')).toHaveLength(1);

    await user.click(screen.getByRole('link', { name: 'Back to the support plan' }));
    await user.click(await screen.findByRole('link', { name: 'Show version 1' }));
    expect(await screen.findByText(/Showing the plan as it stood at version 1/)).toBeVisible();
    expect(screen.queryByText('Sudden loud noises')).toBeNull();
  });

  it('prints each version with only its sections, notes who it went to, and says when it changed since', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const { personId, conversationId } = await finishedConversation();
    const { user } = renderAppAt(`/people/${personId}/plan/update?from=${conversationId}`);
    for (const words of ['teacher', 'When I feel angry, I can ask for a break.']) {
      await user.click(
        within(await screen.findByRole('group', { name: words })).getByRole('button', {
          name: 'Accept',
        }),
      );
    }
    await user.click(screen.getByRole('button', { name: 'Save the accepted changes' }));

    await user.click(await screen.findByRole('link', { name: 'Easy read' }));
    expect(await screen.findByRole('heading', { name: 'My support plan' })).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Things that can upset me' })).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Early signs' })).toBeNull();
    expect(screen.queryByText(/STAFF-ONLY-NOTE-7/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledTimes(1);

    await user.click(screen.getByRole('link', { name: 'Back to the support plan' }));
    await user.click(await screen.findByRole('link', { name: 'Family version' }));
    expect(await screen.findByRole('heading', { name: 'What we agreed' })).toBeVisible();
    expect(screen.getByText('make a card')).toBeVisible();
    expect(screen.getByText('Staff listen to me first.')).toBeVisible();
    expect(screen.queryByText(/STAFF-ONLY-NOTE-7/)).toBeNull();
    await user.selectOptions(screen.getByRole('combobox', { name: 'For whom' }), 'family');
    await user.click(screen.getByRole('button', { name: 'Print' }));

    await user.click(screen.getByRole('link', { name: 'Back to the support plan' }));
    await user.click(await screen.findByRole('link', { name: 'Staff version' }));
    expect(await screen.findByRole('heading', { name: 'Version history' })).toBeVisible();
    expect(
      screen.getByText(/Family version, version 1, for family or carers: printed/),
    ).toBeVisible();

    // A new version after it went to the family: the person's page says so.
    await user.click(screen.getByRole('link', { name: 'Back to the support plan' }));
    await user.click(await screen.findByRole('button', { name: 'Edit plan' }));
    await user.click(screen.getByRole('button', { name: 'Remove teacher' }));
    await user.click(screen.getByRole('button', { name: 'Save as a new version' }));
    await user.click(await screen.findByRole('link', { name: 'Back to Sam' }));
    expect(
      await screen.findByText(/Changed since it was last shared with family or carers/),
    ).toBeVisible();
    await waitFor(() => expect(screen.getByText(/Version 2,/)).toBeVisible());
  });

  it('gives the easy-read plan in the person’s language and direction, staff’s words around it', async () => {
    const { personId, conversationId } = await finishedConversation();
    await db.people.update(personId, { language: 'ar' });
    const { user } = renderAppAt(`/people/${personId}/plan/update?from=${conversationId}`);
    await user.click(
      within(await screen.findByRole('group', { name: 'teacher' })).getByRole('button', {
        name: 'Accept',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Save the accepted changes' }));
    await user.click(await screen.findByRole('link', { name: 'Easy read' }));
    const title = await screen.findByRole('heading', { name: 'خطة الدعم الخاصة بي' });
    expect(title.closest('article')).toHaveAttribute('lang', 'ar');
    expect(title.closest('article')).toHaveAttribute('dir', 'rtl');
    expect(screen.getByRole('heading', { name: 'أشياء قد تزعجني' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Back to the support plan' })).toBeVisible();
  });
});
