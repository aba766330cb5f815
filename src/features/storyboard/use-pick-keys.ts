import { useCallback, useEffect, useRef } from 'react';

/** While something is picked up, Escape puts it back. */
export function useEscapeToCancel(isActive: boolean, cancel: () => void): void {
  useEffect(() => {
    if (!isActive) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') cancel();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [isActive, cancel]);
}

/**
 * Moves focus to an element that appears only after the stored change comes back (a placed
 * picture, a caption), so keyboard users are never dropped on the page body.
 */
export function usePendingFocus(): (selector: string) => void {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    const selector = pending.current;
    if (!selector) return;
    const element = document.querySelector<HTMLElement>(selector);
    if (element) {
      element.focus();
      pending.current = null;
    }
  });
  return useCallback((selector: string) => {
    pending.current = selector;
    document.querySelector<HTMLElement>(selector)?.focus();
  }, []);
}
