/**
 * "Find a picture" on the Library screen: any symbol of the set found by a word in a chosen
 * language, and made a card on a board that Together then offers.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { withSmallCatalogue } from '../../../tests/fixtures/builders';
import { renderAppAt } from '../../../tests/render-app';
import { db } from '../../storage/database';

async function openLibrary() {
  withSmallCatalogue();
  const app = renderAppAt('/library');
  await screen.findByRole('heading', { name: 'Find a picture', level: 2 });
  return app;
}

const results = () => screen.getByRole('list', { name: 'Pictures found' });

describe('finding a picture in the whole set', () => {
  it('finds by a word in the chosen language, whatever its case or ending', async () => {
    const { user } = await openLibrary();
    await user.selectOptions(screen.getByLabelText('Words in'), 'Español');
    await user.type(screen.getByRole('searchbox', { name: 'Search pictures' }), 'Enfadada');

    expect(await screen.findByText('1 picture found.')).toBeVisible();
    const found = within(results()).getByRole('button', { name: 'cara enfadada' });
    expect(found).toHaveAttribute('lang', 'es');

    await user.clear(screen.getByRole('searchbox', { name: 'Search pictures' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search pictures' }), 'enfadado');
    expect(await screen.findByText('2 pictures found.')).toBeVisible();
  });

  it('says calmly when nothing is found, and when the words cannot be read', async () => {
    const { user } = await openLibrary();
    await user.type(screen.getByRole('searchbox', { name: 'Search pictures' }), 'zebra');
    expect(
      await screen.findByText('No picture found for “zebra”. Try another word.'),
    ).toBeVisible();

    await user.selectOptions(screen.getByLabelText('Words in'), 'Cymraeg');
    expect(
      await screen.findByText("The pictures' words cannot be read just now. Try again later."),
    ).toBeVisible();
  });

  it('makes a found picture a card on the chosen board, with the word staff give it', async () => {
    const { user } = await openLibrary();
    await user.type(screen.getByRole('searchbox', { name: 'Search pictures' }), 'angry');
    await user.click(await screen.findByRole('button', { name: 'enraged face' }));

    const dialog = await screen.findByRole('dialog', { name: 'Add a card' });
    const word = within(dialog).getByLabelText('Word on the card');
    expect(word).toHaveValue('enraged face');
    await user.clear(word);
    await user.click(within(dialog).getByRole('button', { name: 'Add card' }));
    expect(within(dialog).getByText('Write a word for the card.')).toBeVisible();

    await user.type(word, 'furious');
    // An angry face goes on Feelings unless staff choose another board.
    expect(within(dialog).getByLabelText('Board')).toHaveDisplayValue('Feelings');
    await user.click(within(dialog).getByRole('button', { name: 'Add card' }));

    expect(await screen.findByText('“furious” is now on Feelings.')).toBeVisible();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const boards = screen.getByRole('navigation', { name: 'Boards' });
    await user.click(within(boards).getByRole('button', { name: /^Feelings/ }));
    const feelings = screen.getByRole('region', { name: /^Feelings/ });
    expect(await within(feelings).findByText('furious')).toBeVisible();
    const [card] = await db.cards.toArray();
    expect(card).toMatchObject({
      kind: 'feeling',
      labels: { en: 'furious' },
      image: { kind: 'symbol', symbol: '1F621' },
    });
  });
});
