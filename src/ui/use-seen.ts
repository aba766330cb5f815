import { useCallback, useEffect, useRef, useState } from 'react';

/** How near the screen an element counts as seen: a row or two ahead of a scroll. */
const NEAR = '200px';

/**
 * Whether an element has come near the screen, so a long list reads a photo only when it would
 * be seen (50 people's photos are 10 MB). Once seen it stays seen. Where IntersectionObserver is
 * missing, everything counts as seen at once.
 */
export function useSeen(): readonly [(element: Element | null) => void, boolean] {
  const [isSeen, setSeen] = useState(() => typeof IntersectionObserver === 'undefined');
  const observer = useRef<IntersectionObserver | null>(null);
  const watch = useCallback((element: Element | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    observer.current = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.current?.disconnect();
        setSeen(true);
      },
      { rootMargin: NEAR },
    );
    observer.current.observe(element);
  }, []);
  useEffect(() => () => observer.current?.disconnect(), []);
  return [watch, isSeen] as const;
}
