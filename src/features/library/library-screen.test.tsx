/**
 * Shaping the library: a card's words, hiding and showing it, arranging a board by tap, and
 * boards of staff's own — for everyone or for one person only.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { withSmallCatalogue } from '../../../tests/fixtures/builders';
import { renderAppAt } from '../../../tests/render-app';
import { db } from '../../storage/database';
import { addPerson } from '../../storage/people-repo';

async function openBoard(name: string) {
  withSmallCatalogue();
  const app = renderAppAt('/library');
  const boards = await screen.findByRole('navigation', { name: 'Boards' });
  await app.user.click(within(boards).getByRole('button', { name: new RegExp(`^${name}`) }));
  const board = screen.getByRole('region', { name: new RegExp(`^${name}`) });
  return { ...app, board, boards };
}

const cardNames = (board: HTMLElement) =>
  within(within(board).getByRole('list', { name: /^Cards on/ }))
    .getAllByRole('listitem')
    .map((item) => item.textContent);

describe('the Library', () => {
  it('changes a built-in card’s word, and an empty word brings the app’s word back', async () => {
    const { user, board } = await openBoard('Feelings');
    await user.click(within(board).getByRole('button', { name: 'Edit calm' }));
    const dialog = screen.getByRole('dialog', { name: 'Card: calm' });
    const word = within(dialog).getByLabelText('Word in English');
    await user.clear(word);
    await user.type(word, 'peaceful');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await within(board).findByRole('button', { name: 'Edit peaceful' })).toBeVisible();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await db.overrides.get('feeling-calm')).toMatchObject({ labels: { en: 'peaceful' } });

    await user.click(within(board).getByRole('button', { name: 'Edit peaceful' }));
    await user.clear(screen.getByLabelText('Word in English'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await within(board).findByRole('button', { name: 'Edit calm' })).toBeVisible();
  });

  it('gives a card another picture from the whole set', async () => {
    const { user, board } = await openBoard('Feelings');
    await user.click(within(board).getByRole('button', { name: 'Edit angry' }));
    const dialog = screen.getByRole('dialog', { name: 'Card: angry' });
    await user.click(within(dialog).getByRole('button', { name: 'Change the picture' }));
    await user.type(within(dialog).getByRole('searchbox'), 'angry');
    await user.click(await within(dialog).findByRole('button', { name: 'enraged face' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await screen.findByText('“angry” is saved.');
    expect(await db.overrides.get('feeling-angry')).toMatchObject({
      image: { kind: 'symbol', symbol: '1F621' },
    });
  });

  it('hides a card from its board and shows it again', async () => {
    const { user, board } = await openBoard('Feelings');
    await user.click(within(board).getByRole('button', { name: 'Edit sad' }));
    await user.click(screen.getByRole('button', { name: 'Hide this card' }));

    await within(board).findByText('Hidden cards (1)');
    expect(within(board).queryByRole('button', { name: 'Edit sad' })).not.toBeInTheDocument();
    expect(cardNames(board)).toEqual([
      expect.stringContaining('angry'),
      expect.stringContaining('calm'),
    ]);

    await user.click(within(board).getByText('Hidden cards (1)'));
    await user.click(within(board).getByRole('button', { name: 'Show sad again' }));
    expect(await within(board).findByRole('button', { name: 'Edit sad' })).toBeVisible();
  });

  it('arranges a board by tapping a card and then its new place; the order stays', async () => {
    const { user, board } = await openBoard('Feelings');
    await user.click(within(board).getByRole('button', { name: 'Arrange cards' }));
    await user.click(within(board).getByRole('button', { name: 'sad' }));
    expect(within(board).getByRole('button', { name: 'sad' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.click(within(board).getByRole('button', { name: 'Put it where angry is' }));

    expect(await screen.findByText('“sad” moved to place 1.')).toBeInTheDocument();
    expect(cardNames(board)).toEqual([
      expect.stringContaining('sad'),
      expect.stringContaining('angry'),
      expect.stringContaining('calm'),
    ]);
    expect((await db.overrides.get('board-feelings'))?.cardIds).toEqual([
      'feeling-sad',
      'feeling-angry',
      'feeling-calm',
    ]);
  });

  it('makes a board for one person, shown only among their boards', async () => {
    await addPerson('Sam');
    const { user, boards } = await openBoard('People');
    await user.click(within(boards).getByRole('button', { name: 'New board' }));
    const dialog = screen.getByRole('dialog', { name: 'New board' });
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Write a name for the board.');
    await user.type(within(dialog).getByLabelText('Name of the board'), 'Sam’s trains');
    await user.click(within(dialog).getByRole('radio', { name: 'Blue: activities' }));
    await user.selectOptions(within(dialog).getByLabelText('Who it is for'), 'Sam');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    const own = await screen.findByRole('region', { name: /^Sam’s trains/ });
    expect(within(own).getByText('Only for Sam')).toBeVisible();
    expect(screen.getByLabelText('Boards for')).toHaveDisplayValue('Sam');
    await user.selectOptions(screen.getByLabelText('Boards for'), 'Everyone');
    expect(within(boards).queryByRole('button', { name: /^Sam’s trains/ })).not.toBeInTheDocument();
    const [sam] = await db.people.toArray();
    expect(await db.boards.toArray()).toMatchObject([
      { labels: { en: 'Sam’s trains' }, colour: '#CFE6FF', personId: sam?.id },
    ]);
  });
});
