/**
 * Where a first visit is on its way to working offline (issue 18, point 8). Until the service
 * worker has installed — stored every file of the app — and taken over this page, going offline
 * leaves the screens on the browser's error page: staff are told it is still getting ready, and
 * that it is ready only once both are true. A later visit (a worker already active) has nothing
 * to say; nor has a browser that registers none.
 */
import { useCallback, useEffect, useState } from 'react';
import { isPossiblyFirstVisit } from './getting-ready-toast';

/**
 * - `none`: not a first install (or no service worker at all);
 * - `getting-ready`: the worker is storing the app, or has not yet taken this page over;
 * - `ready`: it has, and this page loads every screen offline;
 * - `not-ready`: the worker failed (the connection went half-way, no room) and was dropped.
 */
export type FirstInstall = 'none' | 'getting-ready' | 'ready' | 'not-ready';

/** Whether a service worker answers this page's requests; it changes when one takes it over. */
function useIsControlled(): boolean {
  const container = typeof navigator === 'undefined' ? undefined : navigator.serviceWorker;
  const [isControlled, setControlled] = useState(() => Boolean(container?.controller));
  useEffect(() => {
    if (!container) return;
    const follow = () => setControlled(container.controller !== null);
    container.addEventListener('controllerchange', follow);
    follow();
    return () => container.removeEventListener('controllerchange', follow);
  }, [container]);
  return isControlled;
}

type WorkerStage = 'none' | 'installing' | 'activated' | 'redundant';

export function useFirstInstall() {
  // A page no worker controls is taken for a first visit until the registration says otherwise,
  // so the line shown before this code loaded (getting-ready-toast.tsx) stays without a flicker.
  const [worker, setWorker] = useState<WorkerStage>(() =>
    isPossiblyFirstVisit() ? 'installing' : 'none',
  );
  const isControlled = useIsControlled();
  // Handed to the registration once, at the first render: they only set state.
  const onRegisteredSW = useCallback(
    (_url: string, registration: ServiceWorkerRegistration | undefined) => {
      const installing = registration?.installing;
      // A later visit (a worker already active), or no registration at all: nothing to say.
      if (!registration || registration.active || !installing) {
        setWorker('none');
        return;
      }
      setWorker('installing');
      installing.addEventListener('statechange', () => {
        if (installing.state === 'activated') setWorker('activated');
        if (installing.state === 'redundant') setWorker('redundant');
      });
    },
    [],
  );
  const onRegisterError = useCallback(() => setWorker('none'), []);
  const stages: Record<WorkerStage, FirstInstall> = {
    none: 'none',
    installing: 'getting-ready',
    activated: isControlled ? 'ready' : 'getting-ready',
    redundant: 'not-ready',
  };
  return { stage: stages[worker], onRegisteredSW, onRegisterError };
}
