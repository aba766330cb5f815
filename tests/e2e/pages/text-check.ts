/**
 * Whether every word on the page can be read: none cut off by a box too small for it (a box that
 * hides what does not fit), none drawn over other words. Words scrolled out of a box that scrolls
 * are shown by scrolling, as are words passing under Together's top and foot bars.
 */
import type { Page } from '@playwright/test';

export interface Problem {
  readonly kind: 'cut off' | 'overlap';
  readonly words: string;
  readonly other?: string;
}

/** Every visible run of words on the page, checked against the boxes around it and each other. */
export async function textProblems(page: Page): Promise<Problem[]> {
  return page.evaluate(() => {
    const problems: { kind: 'cut off' | 'overlap'; words: string; other?: string }[] = [];
    const runs: { element: Element; rect: DOMRect; words: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const words = (node.textContent ?? '').trim();
      const element = node.parentElement;
      if (!words || !element?.checkVisibility({ opacityProperty: true })) continue;
      if (element.closest('.visually-hidden, [aria-hidden="true"], svg, option')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        if (rect.width < 1 || rect.height < 1) continue;
        let isScrolledAway = false;
        for (
          let box: HTMLElement | null = element;
          box !== null && box !== document.body;
          box = box.parentElement
        ) {
          const style = getComputedStyle(box);
          const clip = box.getBoundingClientRect();
          const isOutside = (across: boolean) =>
            across
              ? rect.left < clip.left - 1 || rect.right > clip.right + 1
              : rect.top < clip.top - 1 || rect.bottom > clip.bottom + 1;
          for (const [overflow, across] of [
            [style.overflowX, true],
            [style.overflowY, false],
          ] as const) {
            if (!isOutside(across)) continue;
            // A box that scrolls shows the rest when scrolled; one that hides cuts it off.
            if (overflow === 'auto' || overflow === 'scroll') isScrolledAway = true;
            if (overflow === 'hidden' || overflow === 'clip') {
              problems.push({ kind: 'cut off', words });
            }
          }
        }
        if (!isScrolledAway) runs.push({ element, rect, words });
      }
      if (
        element.scrollWidth > element.clientWidth + 1 &&
        getComputedStyle(element).textOverflow === 'ellipsis'
      ) {
        problems.push({ kind: 'cut off', words });
      }
    }
    // Together's bars stay at the top and foot of the screen: words passing under them are
    // shown by scrolling.
    const barOf = (element: Element) => element.closest('.together__bar, .step-nav');
    // Overlap: two runs of words from different places drawn over each other.
    for (let i = 0; i < runs.length; i += 1) {
      for (let j = i + 1; j < runs.length; j += 1) {
        const a = runs[i];
        const b = runs[j];
        if (!a || !b || a.element === b.element) continue;
        if (barOf(a.element) !== barOf(b.element)) continue;
        const across = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
        const down = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
        if (across > 2 && down > 2)
          problems.push({ kind: 'overlap', words: a.words, other: b.words });
      }
    }
    return problems;
  });
}

/**
 * Controls on the individual's screens smaller than a finger (44 × 44 CSS px, WCAG 2.5.5 and the
 * brief), by their words and size.
 */
export async function smallTargets(page: Page): Promise<string[]> {
  return page
    .locator('.together button, .together a[href], .together [role="tab"], .together select')
    .evaluateAll((controls) =>
      controls.flatMap((control) => {
        const box = control.getBoundingClientRect();
        const isShown = box.width > 0 && box.height > 0 && control.checkVisibility();
        return isShown && (box.width < 44 || box.height < 44)
          ? [
              `${control.getAttribute('aria-label') ?? control.textContent} ${String(Math.round(box.width))}×${String(Math.round(box.height))}`,
            ]
          : [];
      }),
    );
}
