/**
 * Keeps every screen behind the passcode while the records are protected and locked (issue 16):
 * the screens are not rendered at all, so no record's words stay on the page. During Together the
 * individual sees a calm pause instead of the prompt. Also locks after the chosen idle time, and
 * when the tablet comes back after being hidden for longer than that; a reload always starts
 * locked, as the key lives only in this tab's memory.
 */
import { lazy, Suspense, useEffect, useSyncExternalStore, type ReactNode } from 'react';
import { useLocation } from '../lib/router';
import { ProtectionContext } from '../features/lock/protection-controls';
import { followProtection } from '../storage/protection';
import { useLockAfterMinutes, useProtection } from '../storage/protection-repo';
import { LazyProtectionSession } from './lazy-protection-session';

// Shown only on a protected tablet: loaded then, not with the first screen.
const LockedScreen = lazy(() =>
  import('../features/lock/locked-screen').then((m) => ({ default: m.LockedScreen })),
);
const PauseScreen = lazy(() =>
  import('../features/lock/locked-screen').then((m) => ({ default: m.PauseScreen })),
);

/** One per tab: the key it holds is this tab's alone. */
const session = new LazyProtectionSession();

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

function useIdleLock(isOpen: boolean, minutes: number | undefined): void {
  useEffect(() => {
    if (!isOpen || minutes === undefined) return undefined;
    const idle = minutes * 60_000;
    let last = Date.now();
    let timer = setTimeout(() => session.lock(), idle);
    const onActivity = () => {
      last = Date.now();
      clearTimeout(timer);
      timer = setTimeout(() => session.lock(), idle);
    };
    // Timers sleep while the tablet is asleep or the app hidden: the time away is checked on return.
    const onVisible = () => {
      if (document.visibilityState === 'visible' && Date.now() - last >= idle) session.lock();
    };
    for (const name of ACTIVITY) window.addEventListener(name, onActivity, { passive: true });
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearTimeout(timer);
      for (const name of ACTIVITY) window.removeEventListener(name, onActivity);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [isOpen, minutes]);
}

export function ProtectionGate({ children }: { readonly children: ReactNode }) {
  const stored = useProtection();
  const status = useSyncExternalStore(session.subscribe, session.status);
  const minutes = useLockAfterMinutes();
  const { pathname } = useLocation();
  const isProtected = stored !== null && stored !== undefined;

  useEffect(() => {
    if (stored === undefined) return;
    // Another tab may have switched protection on: this tab then locks until staff unlock here.
    followProtection(stored !== null);
    session.refresh(stored !== null);
  }, [stored]);

  useIdleLock(isProtected && status.kind === 'open', minutes);

  // Nothing until the database says whether records are protected: a screen must not try to
  // read a sealed record.
  if (stored === undefined) return null;
  const isLocked = isProtected && status.kind !== 'open';
  let shown = children;
  if (isLocked) {
    const isTogether = pathname.startsWith('/together/');
    shown = <Suspense fallback={null}>{isTogether ? <PauseScreen /> : <LockedScreen />}</Suspense>;
  }
  return <ProtectionContext value={session}>{shown}</ProtectionContext>;
}
