/**
 * A short line at the foot of the screen about the app itself: getting ready to work offline, an
 * update ready. It floats over the page, so while it shows the page gets as much room below its
 * own end (`--toast-room`, styles.css): scrolled to the end, none of the page stays under it,
 * whatever the text size. Never printed.
 */
import { useLayoutEffect, useRef, type ReactNode } from 'react';

/** The toast's distance from the foot of the screen (styles.css), kept again above it. */
const TOAST_GAP_PX = 16;

export function Toast({ children }: { readonly children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const toast = ref.current;
    if (!toast) return undefined;
    const root = document.documentElement;
    const makeRoom = () => {
      const height = Math.ceil(toast.getBoundingClientRect().height);
      root.style.setProperty('--toast-room', `${height + 2 * TOAST_GAP_PX}px`);
    };
    makeRoom();
    // Its words wrap onto more lines when the text is larger or the screen narrower.
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(makeRoom);
    observer?.observe(toast);
    return () => {
      observer?.disconnect();
      root.style.removeProperty('--toast-room');
    };
  }, []);
  return (
    <div ref={ref} className="toast" role="status">
      {children}
    </div>
  );
}
