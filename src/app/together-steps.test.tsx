/** Moving through Together: Next, Back, the step pictures, and coming back to the same step. */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { withSmallCatalogue, startConversationAt } from '../../tests/fixtures/builders';
import { renderAppAt } from '../../tests/render-app';
import { db } from '../storage/database';
import { addPerson } from '../storage/people-repo';

const HEADINGS = [
  'Welcome',
  'What happened?',
  'How did it feel?',
  'Who was affected?',
  'Making things right',
  'What can help next time?',
  'Something good together',
  'Finish',
];

async function openAtWelcome() {
  withSmallCatalogue();
  const id = await startConversationAt(await addPerson('Sam'), 'welcome');
  const app = renderAppAt(`/together/${id}`);
  await screen.findByRole('heading', { name: 'Welcome', level: 1 });
  return { ...app, id };
}

const storedStep = async (id: string) => (await db.conversations.get(id))?.step;

describe('moving through Together', () => {
  it('goes forward with Next through every step, and back with Back', async () => {
    const { user, id } = await openAtWelcome();
    expect(screen.queryByRole('button', { name: 'Back' })).not.toBeInTheDocument();
    for (const heading of HEADINGS.slice(1)) {
      await user.click(screen.getByRole('button', { name: 'Next' }));
      expect(await screen.findByRole('heading', { name: heading, level: 1 })).toBeVisible();
    }
    expect(screen.queryByRole('button', { name: 'Next' })).not.toBeInTheDocument();
    expect(await storedStep(id)).toBe('finish');

    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(
      await screen.findByRole('heading', { name: 'Something good together', level: 1 }),
    ).toBeVisible();
    expect(await storedStep(id)).toBe('something-good');
  });

  it('shows progress as pictures, and any step can be skipped to from them', async () => {
    const { user, id } = await openAtWelcome();
    const steps = screen.getByRole('navigation', { name: 'Steps' });
    const buttons = within(steps).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(HEADINGS);
    expect(within(steps).getByRole('button', { name: 'Welcome' })).toHaveAttribute(
      'aria-current',
      'step',
    );
    for (const button of buttons) expect(button.querySelector('img')).toHaveAttribute('alt', '');

    await user.click(within(steps).getByRole('button', { name: 'Who was affected?' }));
    expect(
      await screen.findByRole('heading', { name: 'Who was affected?', level: 1 }),
    ).toBeVisible();
    expect(within(steps).getByRole('button', { name: 'Who was affected?' })).toHaveAttribute(
      'aria-current',
      'step',
    );
    expect(await storedStep(id)).toBe('who-was-affected');
  });

  it('comes back to the same step after the app is closed and opened again', async () => {
    const { user, unmount, id } = await openAtWelcome();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    // The step changes once it is stored: wait to see it before going on.
    await screen.findByRole('heading', { name: 'What happened?', level: 1 });
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByRole('heading', { name: 'How did it feel?', level: 1 });
    unmount();

    renderAppAt(`/together/${id}`);
    expect(
      await screen.findByRole('heading', { name: 'How did it feel?', level: 1 }),
    ).toBeVisible();
  });

  it('keeps Break, Staff and the staff guide on every step, with prompts for that step', async () => {
    const { user } = await openAtWelcome();
    await user.click(screen.getByRole('button', { name: 'Staff guide' }));
    for (const heading of HEADINGS) {
      await user.click(
        within(screen.getByRole('navigation', { name: 'Steps' })).getByRole('button', {
          name: heading,
        }),
      );
      await screen.findByRole('heading', { name: heading, level: 1 });
      expect(screen.getByRole('button', { name: 'Break' })).toBeVisible();
      expect(screen.getByRole('button', { name: 'Staff' })).toBeVisible();
      const guide = screen.getByRole('complementary', { name: 'Staff guide' });
      const ask = within(guide).getByRole('region', { name: 'Ask gently' });
      expect(within(ask).getAllByRole('listitem').length).toBeGreaterThan(0);
    }
  });
});
