/**
 * Typed words wait a moment before they are stored (see ui/saved-text-field.tsx), so a word is
 * one write, not one per letter. Whatever is still waiting is stored at once when the page is
 * hidden or closed, and whenever a flush is asked for (before an app update reloads the page).
 */
type Flush = () => void;

const pending = new Set<Flush>();

/** Stores every edit still waiting, now. */
export function flushPendingEdits(): void {
  for (const flush of [...pending]) flush();
}

let isListening = false;

function listen(): void {
  if (isListening || typeof window === 'undefined') return;
  isListening = true;
  window.addEventListener('pagehide', flushPendingEdits);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushPendingEdits();
  });
}

/** Marks an edit as waiting; returns the way to take it off the list once it is stored. */
export function holdPendingEdit(flush: Flush): () => void {
  listen();
  pending.add(flush);
  return () => pending.delete(flush);
}
