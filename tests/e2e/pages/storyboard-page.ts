/**
 * Together's "What happened?" storyboard (`/together/:conversationId`): the story of numbered
 * steps, the tray of pictures, and the three ways to put a picture in a step — drag (mouse or
 * finger), tap a picture then a step, and the keyboard.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { fingerDrag, type Point } from './finger';
import { FirstPinPage } from './first-pin';
import { StaffExit } from './staff-exit';

/** The tabs of the tray, in the order they are shown. */
export type PictureKind =
  'People' | 'Actions' | 'Feelings' | 'Places' | 'Things' | 'Activities' | 'Needs';

/** Enough intermediate moves for the touch backend to pass its slop and hover the target. */
const DRAG_STEPS = 10;
/** More presses than there are stops between any two controls of the storyboard. */
const MAX_TAB_PRESSES = 80;

export type Whose = 'What I said' | 'What I thought' | 'What they said' | 'What they thought';

export class StoryboardPage {
  readonly heading: Locator;
  /** "Staff", the way out of Together (the PIN prompt). */
  readonly staffExit: StaffExit;
  readonly story: Locator;
  readonly steps: Locator;
  readonly addStepButton: Locator;
  readonly tray: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'What happened?', exact: true, level: 1 });
    this.staffExit = new StaffExit(page);
    this.story = page.getByRole('list', { name: 'Story', exact: true });
    this.steps = this.story.getByRole('listitem', { name: /^Step \d+$/ });
    this.addStepButton = page.getByRole('button', { name: 'Add step', exact: true });
    this.tray = page.getByRole('region', { name: 'Pictures', exact: true });
    this.status = page.getByRole('status');
  }

  /** With the `together` seed (fixtures.ts): any address leads back to the open storyboard. */
  static async open(page: Page): Promise<StoryboardPage> {
    await page.goto('/');
    const board = new StoryboardPage(page);
    await board.expectShown();
    return board;
  }

  /**
   * Together starts on "Welcome" (after a first staff PIN, on a tablet that has none): go on
   * from there to "What happened?".
   */
  async arriveFromWelcome(): Promise<void> {
    await new FirstPinPage(this.page).setPinIfAsked(
      this.page.getByRole('heading', { name: 'Welcome', exact: true, level: 1 }),
    );
    await this.page.getByRole('button', { name: 'Next', exact: true }).click();
    await this.expectShown();
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.step(1)).toBeVisible();
    await expect(this.tray).toBeVisible();
  }

  step(number: number): Locator {
    return this.story.getByRole('listitem', { name: `Step ${number}`, exact: true });
  }

  async addStep(): Promise<void> {
    const count = await this.steps.count();
    await this.addStepButton.click();
    await expect(this.steps).toHaveCount(count + 1);
  }

  tab(kind: PictureKind): Locator {
    return this.tray
      .getByRole('tablist', { name: 'Kinds of picture', exact: true })
      .getByRole('tab', { name: kind, exact: true });
  }

  async showKind(kind: PictureKind): Promise<void> {
    await this.tab(kind).click();
    await expect(this.tab(kind)).toHaveAttribute('aria-selected', 'true');
  }

  /**
   * Acting it out: gives a puppet (a people picture in a step) a speech or thought bubble, with
   * words typed by staff and/or a feeling or phrase card, by finger.
   */
  async addWords(
    puppet: string,
    step: number,
    bubble: { readonly whose: Whose; readonly words?: string; readonly card?: string },
  ): Promise<void> {
    await this.step(step)
      .getByRole('button', { name: `Add words for ${puppet} in step ${step}`, exact: true })
      .tap();
    const dialog = this.page.getByRole('dialog', { name: `Words for ${puppet}`, exact: true });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('radio', { name: bubble.whose, exact: true }).check();
    if (bubble.words) await dialog.getByRole('textbox', { name: 'Words' }).fill(bubble.words);
    if (bubble.card) await dialog.getByRole('button', { name: bubble.card, exact: true }).tap();
    await dialog.getByRole('button', { name: 'Add', exact: true }).tap();
    await expect(dialog).toBeHidden();
    const shown = `${bubble.whose}: ${bubble.words ?? bubble.card ?? ''}`;
    await expect(this.bubbles(puppet, step).getByRole('listitem', { name: shown })).toBeVisible();
  }

  /** The speech and thought bubbles of a puppet in a step. */
  bubbles(puppet: string, step: number): Locator {
    return this.step(step).getByRole('list', { name: `Words of ${puppet}`, exact: true });
  }

  /** Turns the tray's pages ("More pictures") until the picture is on the one shown. */
  async revealInTray(label: string): Promise<void> {
    const more = this.tray.getByRole('button', { name: 'More pictures', exact: true });
    for (let page = 0; page < 20 && (await this.trayPicture(label).count()) === 0; page += 1) {
      await more.click();
    }
    await expect(this.trayPicture(label)).toBeVisible();
  }

  /** A picture in the tray, named by its label exactly (never a picture already in a step). */
  trayPicture(label: string): Locator {
    return this.tray.getByRole('button', { name: label, exact: true });
  }

  /** The placed pictures of a step, as their "Move … from step N" buttons, in order. */
  placedPictures(step: number): Locator {
    return this.step(step).getByRole('button', { name: new RegExp(`^Move .+ from step ${step}$`) });
  }

  placedPicture(label: string, step: number): Locator {
    return this.step(step).getByRole('button', {
      name: `Move ${label} from step ${step}`,
      exact: true,
    });
  }

  removeButton(label: string, step: number): Locator {
    return this.step(step).getByRole('button', {
      name: `Remove ${label} from step ${step}`,
      exact: true,
    });
  }

  putButton(label: string, step: number): Locator {
    return this.step(step).getByRole('button', {
      name: `Put ${label} in step ${step}`,
      exact: true,
    });
  }

  caption(step: number): Locator {
    return this.step(step).getByRole('textbox', { name: `Words for step ${step}`, exact: true });
  }

  /** The step's grip (its number badge), which drags the whole step. */
  grip(step: number): Locator {
    return this.step(step).getByTitle(`Drag step ${step}`, { exact: true });
  }

  /** The words under each picture placed in a step, as the person sees them. */
  async picturesIn(step: number): Promise<string[]> {
    const texts = await this.placedPictures(step).allInnerTexts();
    return texts.map((text) => text.trim());
  }

  /** The whole story as the person sees it: for each step in order, its pictures' words. */
  async storyPictures(): Promise<string[][]> {
    const count = await this.steps.count();
    const story: string[][] = [];
    for (let step = 1; step <= count; step += 1) story.push(await this.picturesIn(step));
    return story;
  }

  /** Waits until the step shows exactly these pictures, in this order. */
  async expectPictures(step: number, labels: readonly string[]): Promise<void> {
    if (labels.length === 0) await expect(this.placedPictures(step)).toHaveCount(0);
    else await expect(this.placedPictures(step)).toHaveText([...labels]);
  }

  async expectAnnounced(text: string): Promise<void> {
    await expect(this.status).toHaveText(text);
  }

  /** Tap a tray picture (it shows as pressed), then tap the step. */
  async tapToPlace(kind: PictureKind, label: string, step: number): Promise<void> {
    await this.showKind(kind);
    await this.revealInTray(label);
    await this.trayPicture(label).tap();
    await expect(this.trayPicture(label)).toHaveAttribute('aria-pressed', 'true');
    await this.tapStep(step);
    await expect(this.placedPicture(label, step)).toBeVisible();
    await expect(this.trayPicture(label)).toHaveAttribute('aria-pressed', 'false');
  }

  /**
   * A finger tap on the step itself — the free spot farthest from its controls (a placed
   * picture, a button, the caption), which keep their job. Far, because the browser moves a tap
   * that lands near a control onto it, as it would for a real finger.
   */
  async tapStep(step: number): Promise<void> {
    await tapFreeSpot(this.page, this.step(step));
  }

  /** Presses Tab (or Shift+Tab) until the target has focus, as a keyboard user would. */
  async tabTo(target: Locator, direction: 'forward' | 'backward' = 'forward'): Promise<void> {
    const key = direction === 'forward' ? 'Tab' : 'Shift+Tab';
    for (let presses = 0; presses < MAX_TAB_PRESSES; presses += 1) {
      if (await target.evaluate((element) => element === document.activeElement)) return;
      await this.page.keyboard.press(key);
    }
    throw new Error(`${key} never reached ${target.toString()}`);
  }

  /** Presses the mouse on `source`, moves in small steps onto `target`, and lets go. */
  async mouseDrag(source: Locator, target: Locator): Promise<void> {
    const [from, to] = await this.dragEnds(source, target);
    const mouse = this.page.mouse;
    await mouse.move(from.x, from.y);
    await mouse.down();
    await mouse.move(to.x, to.y, { steps: DRAG_STEPS });
    await mouse.up();
  }

  /** A one-finger drag from `source` to `target`, sent as real touch events through CDP. */
  async touchDrag(source: Locator, target: Locator): Promise<void> {
    const [from, to] = await this.dragEnds(source, target);
    await fingerDrag(this.page, from, to, DRAG_STEPS);
  }

  /**
   * Both ends of a drag, on screen as for a person's finger: the source's centre, and the middle
   * of the part of the target that can be seen (a tall step can reach under the sticky bars).
   */
  private async dragEnds(source: Locator, target: Locator): Promise<[Point, Point]> {
    await source.scrollIntoViewIfNeeded();
    return [await this.centreOnScreen(source), await this.visibleMiddle(target)];
  }

  private async visibleMiddle(locator: Locator): Promise<Point> {
    const spot = await locator.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const below = (selector: string) =>
        document.querySelector(selector)?.getBoundingClientRect().bottom ?? 0;
      const above = (selector: string) =>
        document.querySelector(selector)?.getBoundingClientRect().top ?? window.innerHeight;
      // The tray hides the story only where it is over it: under it on a narrow screen, not
      // beside it on a landscape tablet.
      const tray = document.querySelector('.tray')?.getBoundingClientRect();
      const isTrayOver = tray !== undefined && tray.left < box.right && box.left < tray.right;
      const top = Math.max(box.top, below('.together__bar'), 0);
      const bottom = Math.min(
        box.bottom,
        isTrayOver ? above('.tray') : window.innerHeight,
        above('.step-nav'),
        window.innerHeight,
      );
      const point = { x: box.left + box.width / 2, y: (top + bottom) / 2 };
      const hit = document.elementFromPoint(point.x, point.y);
      return bottom > top && hit !== null && element.contains(hit) ? point : null;
    });
    if (!spot) throw new Error(`${locator.toString()} cannot be seen: no finger can reach it`);
    return spot;
  }

  private async centreOnScreen(locator: Locator): Promise<Point> {
    const box = await locator.boundingBox();
    const viewport = this.page.viewportSize();
    if (!box || !viewport) throw new Error(`${locator.toString()} is not laid out`);
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const isOnScreen =
      centre.x >= 0 && centre.y >= 0 && centre.x < viewport.width && centre.y < viewport.height;
    if (!isOnScreen) {
      throw new Error(
        `${locator.toString()} is off screen at ${centre.x},${centre.y}: no finger can reach it`,
      );
    }
    return centre;
  }
}

/**
 * A finger tap on a step itself — the free spot farthest from its controls (a placed picture, a
 * button, the caption), which keep their job. Far, because the browser moves a tap that lands
 * near a control onto it, as it would for a real finger.
 */
export async function tapFreeSpot(page: Page, element: Locator): Promise<void> {
  await element.scrollIntoViewIfNeeded();
  const spot = await element.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const controls = [...element.querySelectorAll('button, input, textarea, [title]')].map(
      (control) => control.getBoundingClientRect(),
    );
    const isFree = (x: number, y: number) => {
      const hit = document.elementFromPoint(x, y);
      return (
        hit !== null && element.contains(hit) && !hit.closest('button, input, textarea, [title]')
      );
    };
    const room = (x: number, y: number) =>
      Math.min(
        ...controls.map((r) =>
          Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom)),
        ),
      );
    let best: { x: number; y: number; room: number } | null = null;
    for (let row = 1; row < 20; row += 1) {
      for (let column = 1; column < 20; column += 1) {
        const x = box.left + (box.width * column) / 20;
        const y = box.top + (box.height * row) / 20;
        if (y < 0 || y > window.innerHeight || !isFree(x, y)) continue;
        const spotRoom = room(x, y);
        if (!best || spotRoom > best.room) best = { x, y, room: spotRoom };
      }
    }
    return best;
  });
  if (!spot) throw new Error(`${element.toString()} has no free spot to tap`);
  await page.touchscreen.tap(spot.x, spot.y);
}
