/** The Library: its list of boards, the board shown, and its cards. */
import { expect, type Locator, type Page } from '@playwright/test';

interface Point {
  readonly x: number;
  readonly y: number;
}

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

  /** Drags one element onto another with a finger (touch events through the DevTools protocol). */
  async touchDrag(source: Locator, target: Locator): Promise<void> {
    await source.scrollIntoViewIfNeeded();
    const from = await centreOf(source);
    const to = await centreOf(target);
    const cdp = await this.page.context().newCDPSession(this.page);
    try {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
      for (let i = 1; i <= DRAG_STEPS; i += 1) {
        const point = {
          x: from.x + ((to.x - from.x) * i) / DRAG_STEPS,
          y: from.y + ((to.y - from.y) * i) / DRAG_STEPS,
        };
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point] });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    } finally {
      await cdp.detach();
    }
  }
}

async function centreOf(locator: Locator): Promise<Point> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('Not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}
