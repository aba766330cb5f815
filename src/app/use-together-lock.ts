/**
 * Together is a locked mode: the device stays on the one open conversation (kept in the database,
 * so a reload, a new tab or the typed address come back to it) until staff leave through
 * StaffExit. An address naming another conversation goes back to the open one. Its writes go
 * through the screen's save path, so a lock that could not be stored or lifted is said calmly.
 */
import { useCallback, useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
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
  // Once staff have unlocked, the screen must not lock itself again while it closes.
  const isLeaving = useRef(false);

  // "Start together" opens Together in the same write as the conversation; this covers an
  // address typed or resumed from the person's page.
  useEffect(() => {
    if (active !== null || isLeaving.current || !conversationId) return;
    if (state === 'open') save(enterTogether(conversationId));
  }, [active, state, conversationId, save]);

  // A conversation that is gone (deleted elsewhere) must not hold the device in Together mode.
  useEffect(() => {
    if (state === 'missing' && active === conversationId) save(leaveTogether());
  }, [active, state, conversationId, save]);

  const leaveTo = useCallback(
    (path: string) => {
      isLeaving.current = true;
      save(leaveTogether(), () => void navigate(path));
    },
    [navigate, save],
  );

  const redirectTo =
    typeof active === 'string' && active !== conversationId ? `/together/${active}` : null;
  return { isReady: active !== undefined, redirectTo, leaveTo };
}
