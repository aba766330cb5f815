/**
 * Single-switch scanning (issue 15, point 5): for a person who uses one switch, which presses
 * Space or Enter. Together highlights one thing at a time and moves on after a rest the profile
 * sets; the switch chooses what is highlighted.
 *
 * Scanning goes by groups first, as AAC switch users expect, so nobody waits through forty
 * pictures to reach "Next": an element marked `data-scan-group` (the story, the kinds of picture,
 * the pictures, the steps' pictures) is highlighted whole; the switch opens it, and its things
 * are scanned one by one. After one round inside a group, scanning goes back to the groups. After
 * any choice, scanning starts again from the first group, so the person always knows where it
 * begins. Things outside any group (Break, "Add step", "Back", "Next") are scanned as they are.
 *
 * It uses the page's own order and the controls' own actions (a click), so whatever a tap or a
 * key does, the switch does. Staff's controls (`.staff-words`) are never scanned, nor are text
 * fields (a switch cannot type); a press while staff type in one is left to the field. An open
 * dialog is scanned on its own, as it holds focus.
 */
import { useEffect, useRef, type ReactNode } from 'react';

const SCANNABLE = [
  'button:not([disabled]):not([aria-disabled="true"])',
  '[role="tab"]',
  'a[href]',
  'input[type="checkbox"]:not([disabled])',
  'input[type="radio"]:not([disabled])',
].join(', ');
const HIGHLIGHT = 'scan-highlight';
const TYPING =
  'input:not([type="checkbox"]):not([type="radio"]), textarea, select, [contenteditable]';

function isShown(element: Element): boolean {
  if (element.closest('[hidden], [inert], [aria-hidden="true"], .staff-words')) return false;
  if (typeof element.checkVisibility === 'function') return element.checkVisibility();
  return getComputedStyle(element).display !== 'none';
}

/**
 * What scanning visits inside `scope`, in the page's order: the groups directly inside it (with
 * more than one thing in them) and the things in no such group.
 */
export function scanEntries(scope: Element): HTMLElement[] {
  const entries: HTMLElement[] = [];
  for (const element of itemsOf(scope)) {
    let entry = element;
    for (
      let group = element.parentElement?.closest<HTMLElement>('[data-scan-group]');
      group && group !== scope && scope.contains(group);
      group = group.parentElement?.closest<HTMLElement>('[data-scan-group]')
    ) {
      entry = group;
    }
    if (!entries.includes(entry)) entries.push(entry);
  }
  // A group with one thing in it is that thing.
  return entries.map((entry) => {
    if (!entry.hasAttribute('data-scan-group')) return entry;
    const inside = itemsOf(entry);
    return inside.length === 1 && inside[0] ? inside[0] : entry;
  });
}

function itemsOf(scope: Element): HTMLElement[] {
  return [...scope.querySelectorAll<HTMLElement>(SCANNABLE)].filter(isShown);
}

export interface SwitchScanningProps {
  /** Milliseconds each highlight rests; 0: no scanning. */
  readonly restMs: number;
  readonly children: ReactNode;
}

/** Scans everything inside it while `restMs` is above 0; it adds no box to the layout. */
export function SwitchScanning({ restMs, children }: SwitchScanningProps) {
  const area = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = area.current;
    if (!root || restMs <= 0) return;
    // The groups opened, outermost first (none: the whole area), and the place among their things.
    let opened: HTMLElement[] = [];
    let index = -1;
    let shown: HTMLElement | null = null;
    let timer = 0;

    const whole = (): Element =>
      root.querySelector('dialog[open], [role="dialog"][aria-modal="true"]') ?? root;
    const scope = (): Element => opened.at(-1) ?? whole();

    const highlight = (element: HTMLElement | null) => {
      shown?.classList.remove(HIGHLIGHT);
      shown = element;
      if (!element) return;
      element.classList.add(HIGHLIGHT);
      // A group is focused as a whole, so a screen reader names it; a thing as itself.
      if (element.hasAttribute('data-scan-group') && !element.hasAttribute('tabindex')) {
        element.tabIndex = -1;
      }
      element.focus();
      element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    };

    const advance = (): void => {
      // A group that left the page (the screen changed) closes.
      if (opened.some((group) => !group.isConnected)) {
        opened = [];
        index = -1;
      }
      const entries = scanEntries(scope());
      const next = index + 1;
      const group = opened.at(-1);
      if (group && next >= entries.length) {
        // One round inside a group: back to the things around it, after it.
        opened = opened.slice(0, -1);
        index = scanEntries(scope()).indexOf(group);
        advance();
        return;
      }
      if (entries.length === 0) {
        highlight(null);
        return;
      }
      index = next % entries.length;
      highlight(entries[index] ?? null);
    };

    const restart = () => {
      window.clearInterval(timer);
      timer = window.setInterval(advance, restMs);
    };

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== ' ' && event.key !== 'Enter') return;
      const target = event.target as Element | null;
      if (target?.closest(TYPING)) return;
      // The switch is the person's: the press does what scanning says, and nothing else.
      event.preventDefault();
      event.stopPropagation();
      if (event.repeat || !shown) return;
      if (shown.hasAttribute('data-scan-group')) {
        // Into the group: its first thing.
        opened = [...opened, shown];
        index = -1;
        advance();
      } else {
        shown.click();
        // Start again from the top once the page has taken in the choice.
        opened = [];
        index = -1;
        highlight(null);
        window.setTimeout(advance, 0);
      }
      restart();
    };

    document.addEventListener('keydown', onKeyDown, true);
    advance();
    restart();
    return () => {
      document.removeEventListener('keydown', onKeyDown, true);
      window.clearInterval(timer);
      highlight(null);
    };
  }, [restMs]);
  return (
    <div ref={area} className="switch-scanning">
      {children}
    </div>
  );
}
