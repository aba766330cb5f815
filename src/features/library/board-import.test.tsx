/**
 * "Import board" on the Library screen: an Open Board Format package from another AAC app becomes
 * boards of cards with their pictures; a file that is not one changes nothing.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { withSmallCatalogue } from '../../../tests/fixtures/builders';
import {
  gridBoard,
  manifest,
  PNG_BYTES,
  zipBytes,
} from '../../../tests/fixtures/obf/obf-builders';
import { renderAppAt } from '../../../tests/render-app';
import { db } from '../../storage/database';

async function openLibrary() {
  withSmallCatalogue();
  const app = renderAppAt('/library');
  await screen.findByRole('heading', { name: 'Boards from other apps', level: 2 });
  return app;
}

const fileOf = (bytes: Uint8Array, name: string) => new File([new Uint8Array(bytes)], name);

describe('importing boards from another app', () => {
  it('stores every board of a package with its pictures by path, and says what it worked around', async () => {
    const { user } = await openLibrary();
    const home = gridBoard([['hello', 'more']], {
      id: 'home',
      name: 'Home',
      buttons: [
        { id: 'hello', label: 'hello', image_id: 'pic' },
        { id: 'more', label: 'more', image_id: 'web', load_board: { path: 'boards/food.obf' } },
      ],
      images: [
        { id: 'pic', path: 'images/hello.png', content_type: 'image/png' },
        { id: 'web', url: 'https://example.org/more.png' },
      ],
    });
    const food = gridBoard([['apple', null]], { id: 'food', name: 'Comida', locale: 'es' });
    const bytes = zipBytes({
      'manifest.json': manifest('boards/home.obf', { home: 'boards/home.obf', food: 'boards/food.obf' }),
      'boards/home.obf': home,
      'boards/food.obf': food,
      'images/hello.png': PNG_BYTES,
      '__MACOSX/._home.obf': 'junk',
    });

    await user.upload(screen.getByLabelText('Import board'), fileOf(bytes, 'boards.obz'));

    expect(
      await screen.findByText('Imported 2 boards with 3 cards. They are at the end of the library.'),
    ).toBeVisible();
    expect(
      screen.getByText(/^1 picture was on the web or in a symbol set this tablet does not have/),
    ).toBeVisible();
    const boards = screen.getByRole('navigation', { name: 'Boards' });
    await user.click(await within(boards).findByRole('button', { name: /^Home/ }));
    const homeBoard = await screen.findByRole('region', { name: /^Home/ });
    expect(within(homeBoard).getByText('hello')).toBeVisible();
    expect(within(homeBoard).getByText('more')).toBeVisible();
    await user.click(within(boards).getByRole('button', { name: /^Comida/ }));
    expect(within(screen.getByRole('region', { name: /^Comida/ })).getByText('apple')).toBeVisible();

    const cards = await db.cards.toArray();
    const hello = cards.find((card) => card.labels['en'] === 'hello');
    expect(hello?.image.kind).toBe('media');
    const picture = hello?.image.kind === 'media' ? await db.media.get(hello.image.mediaId) : null;
    expect(Array.from(picture?.bytes ?? [])).toEqual(Array.from(PNG_BYTES));
    expect(cards.find((card) => card.labels['es'] === 'apple')).toBeDefined();
  });

  it('refuses a file that is not a board in plain words, and changes nothing', async () => {
    const { user } = await openLibrary();
    await user.upload(
      screen.getByLabelText('Import board'),
      fileOf(new TextEncoder().encode('shopping list'), 'list.obf'),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This file is not a board. Choose an .obf, .obz or .zip file made by an AAC app. Nothing was changed.',
    );
    expect(await db.boards.count()).toBe(0);
    expect(await db.cards.count()).toBe(0);
  });
});
