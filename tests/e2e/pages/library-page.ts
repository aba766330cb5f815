/** The Library: its list of boards, the board shown, and its cards. */
import { expect, type Locator, type Page } from '@playwright/test';
import { fingerDrag, type Point } from './finger';

const DRAG_STEPS = 12;

export class LibraryPage {
  readonly boards: Locator;

  constructor(readonly page: Page) {
    this.boards = page.getByRole('navigation', { name: 'Boards' });
  }

  async goto(): Promise<void> {
    await this.page.getByRole('link', { name: 'Library', exact: true }).click();
    await expect(
      this.page.getByRole('heading', { name: 'Library', exact: true, level: 1 }),
    ).toBeVisible();
  }

  /** Shows one board, chosen from the list; returns it. */
  async openBoard(name: string): Promise<Locator> {
    // The board's name then its count ("Things 67 cards", not "Things people say …").
    await this.boards.getByRole('button', { name: new RegExp(`^${name} \\d`) }).click();
    const board = this.board(name);
    await expect(board).toBeVisible();
    return board;
  }

  board(name: string): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${name}`) });
  }

  /** The words of a board's cards, in their order on the board. */
  async cardWords(board: Locator): Promise<string[]> {
    const cards = board.getByRole('list', { name: /^Cards on/ }).getByRole('listitem');
    return (await cards.allInnerTexts()).map((text) => text.trim());
  }

  /** Drags one element onto another with a finger. */
  async touchDrag(source: Locator, target: Locator): Promise<void> {
    await source.scrollIntoViewIfNeeded();
    await fingerDrag(this.page, await centreOf(source), await centreOf(target), DRAG_STEPS);
  }
}

async function centreOf(locator: Locator): Promise<Point> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('Not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}
