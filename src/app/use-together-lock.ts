/**
 * Together is a locked mode: the device stays on the one open conversation (kept in the database,
 * so a reload, a new tab or the typed address come back to it) until staff leave through
 * StaffExit. An address naming another conversation goes back to the open one. Its writes go
 * through the screen's save path, so a lock that could not be stored or lifted is said calmly.
 *
 * Leaving is a stored fact every tab follows: a tab that has seen the lock on its conversation
 * and then sees it lifted (staff passed the PIN or the hold in another tab) leaves too, instead
 * of locking again. Nothing in a tab lifts the lock but StaffExit, so no tab can leave Together
 * while the stored lock is still on.
 */
import { useCallback, useEffect, useState } from 'react';
import { useNavigate } from '../lib/router';
import { enterTogether, leaveTogether, useActiveTogether } from '../storage/session-repo';
import type { Save } from '../storage/use-save';

export type TogetherState = 'loading' | 'missing' | 'open';

export function useTogetherLock(
  conversationId: string | undefined,
  state: TogetherState,
  save: Save,
) {
  const navigate = useNavigate();
  const active = useActiveTogether();
  // The last conversation this tab saw the stored lock on (kept from render to render).
  const [lockedOn, setLockedOn] = useState<string | null>(null);
  if (typeof active === 'string' && active !== lockedOn) setLockedOn(active);
  const wasLockedHere = lockedOn !== null && lockedOn === conversationId;
  // Once staff have unlocked here, this tab goes on to where they chose, not where a release goes.
  const [isLeaving, setLeaving] = useState(false);

  // "Start together" opens Together in the same write as the conversation; this covers an
  // address typed or resumed from the person's page. A lock this tab saw lifted stays lifted.
  useEffect(() => {
    if (active !== null || isLeaving || wasLockedHere || !conversationId) return;
    if (state === 'open') save(enterTogether(conversationId));
  }, [active, state, conversationId, save, isLeaving, wasLockedHere]);

  // A conversation that is gone (deleted elsewhere) must not hold the device in Together mode.
  useEffect(() => {
    if (state === 'missing' && active === conversationId) save(leaveTogether());
  }, [active, state, conversationId, save]);

  const leaveTo = useCallback(
    (path: string) => {
      setLeaving(true);
      save(leaveTogether(), () => navigate(path));
    },
    [navigate, save],
  );

  const redirectTo =
    typeof active === 'string' && active !== conversationId ? `/together/${active}` : null;
  /** True when the lock this tab was held by has been lifted elsewhere: leave as staff did. */
  const isReleased = active === null && wasLockedHere && !isLeaving;
  return { isReady: active !== undefined, redirectTo, isReleased, leaveTo };
}
