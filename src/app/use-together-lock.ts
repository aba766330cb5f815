/**
 * Together is a locked mode: the device stays on the one open conversation (kept in the database,
 * so a reload, a new tab or the typed address come back to it) until staff leave through
 * StaffExit. An address naming another conversation goes back to the open one.
 */
import { useCallback, useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { enterTogether, leaveTogether, useActiveTogether } from '../storage/session-repo';

export type TogetherState = 'loading' | 'missing' | 'open';

export function useTogetherLock(conversationId: string | undefined, state: TogetherState) {
  const navigate = useNavigate();
  const active = useActiveTogether();
  // Once staff have unlocked, the screen must not lock itself again while it closes.
  const isLeaving = useRef(false);

  useEffect(() => {
    if (active !== null || isLeaving.current || !conversationId) return;
    if (state === 'open') void enterTogether(conversationId);
  }, [active, state, conversationId]);

  // A conversation that is gone (deleted elsewhere) must not hold the device in Together mode.
  useEffect(() => {
    if (state === 'missing' && active === conversationId) void leaveTogether();
  }, [active, state, conversationId]);

  const leaveTo = useCallback(
    async (path: string) => {
      isLeaving.current = true;
      await leaveTogether();
      await navigate(path);
    },
    [navigate],
  );

  const redirectTo =
    typeof active === 'string' && active !== conversationId ? `/together/${active}` : null;
  return { isReady: active !== undefined, redirectTo, leaveTo };
}
