/**
 * The profile editor saves as it goes, like every other screen: a moment after each change, and
 * at once when the editor closes ("Back", another screen) or the page is hidden or closed. What
 * cannot be stored yet waits in the editor: an empty name (the editor says so), and a like or
 * calm card whose words are not typed yet (a picture always carries its word).
 */
import { useEffect, useRef } from 'react';
import type { ProfileCard } from '../../domain/types';
import { holdPendingEdit } from '../../lib/pending-edits';
import { updateProfile, type ProfileChanges } from '../../storage/people-repo';

export const AUTOSAVE_DELAY_MS = 400;

const isFinished = (card: ProfileCard) => card.text.trim() !== '';

/** The part of the editor's draft that can be stored now, or null while the name is empty. */
export function storableOf(draft: ProfileChanges): ProfileChanges | null {
  if (draft.displayName.trim() === '') return null;
  return {
    ...draft,
    likes: draft.likes.filter(isFinished),
    calming: draft.calming.filter(isFinished),
  };
}

export function useProfileAutosave(
  personId: string,
  draft: ProfileChanges,
  onFailed: () => void,
): () => Promise<void> {
  const first = useRef(draft);
  const latest = useRef({ draft, onFailed, saved: draft });
  useEffect(() => {
    latest.current = { ...latest.current, draft, onFailed };
  });

  const flush = useRef(async () => {
    const { draft: current, saved } = latest.current;
    if (current === saved) return;
    const storable = storableOf(current);
    if (!storable) return;
    latest.current.saved = current;
    try {
      await updateProfile(personId, storable);
    } catch {
      latest.current.onFailed();
    }
  }).current;

  useEffect(() => {
    if (draft === first.current) return undefined;
    const timer = window.setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    const release = holdPendingEdit(() => void flush());
    return () => {
      window.clearTimeout(timer);
      release();
    };
  }, [draft, flush]);

  // Leaving the editor stores what is waiting.
  useEffect(() => () => void flush(), [flush]);
  return flush;
}
