import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  feelInStep,
  startConversationAt,
  withPlanCatalogue,
} from '../../../tests/fixtures/builders';
import { renderAppAt } from '../../../tests/render-app';
import { db } from '../../storage/database';
import { addPerson } from '../../storage/people-repo';

/** On "What can help next time?" after feeling angry and sad in the story. */
async function open() {
  withPlanCatalogue();
  const id = await startConversationAt(await addPerson('Sam'), 'what-can-help');
  const frameId = (await db.conversations.get(id))!.story[0]!.id;
  await feelInStep(id, frameId, 'feeling-angry');
  await feelInStep(id, frameId, 'feeling-sad');
  const app = renderAppAt(`/together/${id}`);
  await screen.findByRole('heading', { name: 'What can help next time?', level: 1 });
  return { ...app, id };
}

const stored = async (id: string) => (await db.conversations.get(id))!;

describe('What did I need?', () => {
  it('stores the needs chosen, in order', async () => {
    const { user, id } = await open();
    const needs = screen.getByRole('list', { name: 'What did I need?' });
    expect(
      within(needs)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['quiet', 'someone to listen']);
    await user.click(within(needs).getByRole('button', { name: 'someone to listen' }));
    await user.click(within(needs).getByRole('button', { name: 'quiet' }));
    expect(await screen.findByText('I needed: someone to listen, quiet.')).toBeVisible();
    expect((await stored(id)).needs).toEqual(['need-listen', 'need-quiet']);
  });
});

describe('one question at a time', () => {
  it('asks what I needed first, then goes on with "Next question"; "When I feel …" once something can help', async () => {
    const { user } = await open();
    const questions = screen.getByRole('navigation', { name: 'Questions' });
    const names = () =>
      within(questions)
        .getAllByRole('button')
        .map((b) => b.textContent.replace(/^\d/, ''));
    expect(names()).toEqual(['What I needed', 'What can help', 'What we will do']);
    expect(within(questions).getByRole('button', { name: 'What I needed' })).toHaveAttribute(
      'aria-current',
      'step',
    );
    expect(screen.queryByRole('list', { name: 'What could help you next time?' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Next question' }));
    await user.click(await screen.findByRole('button', { name: 'ask for a break' }));
    await waitFor(() =>
      expect(names()).toEqual([
        'What I needed',
        'What can help',
        'When I feel …',
        'What we will do',
      ]),
    );
    expect(screen.queryByRole('list', { name: 'What did I need?' })).toBeNull();
  });
});

describe('When I feel …, I can …', () => {
  it('ties a chosen strategy to one of the feelings had, and says it as a sentence', async () => {
    const { user, id } = await open();
    await user.click(screen.getByRole('button', { name: 'What can help' }));
    await user.click(await screen.findByRole('button', { name: 'ask for a break' }));
    await user.click(screen.getByRole('button', { name: 'Next question' }));
    expect(await screen.findByRole('heading', { name: 'When I feel …' })).toBeVisible();
    expect(screen.getByText('I can ask for a break when I feel …')).toBeVisible();

    const feelings = screen.getByRole('list', { name: 'Feelings for ask for a break' });
    expect(
      within(feelings)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['angry', 'sad']);
    await user.click(within(feelings).getByRole('button', { name: 'angry' }));
    expect(await screen.findByText('When I feel angry, I can ask for a break.')).toBeVisible();
    expect((await stored(id)).strategyFeelings).toEqual([
      { strategyId: 'strategy-ask-break', feelingCardId: 'feeling-angry' },
    ]);

    await user.click(within(feelings).getByRole('button', { name: 'sad' }));
    expect(await screen.findByText('When I feel sad, I can ask for a break.')).toBeVisible();
    await user.click(within(feelings).getByRole('button', { name: 'sad' }));
    expect(await screen.findByText('I can ask for a break when I feel …')).toBeVisible();
    await waitFor(async () => expect((await stored(id)).strategyFeelings).toEqual([]));
  });
});
