/**
 * The app's routing, on wouter (docs/decisions/0004): a few kilobytes on the first screen where
 * react-router took 13.5 KB. Screens import from here, under the names they used before, so a
 * screen reads the same: `Link`, `Navigate`, `useParams`, `useNavigate`, `useLocation` and
 * `useSearchParams`. `BrowserRouter` draws each new address in a React transition, as
 * react-router did. The routes themselves are in src/app/app.tsx.
 */
import {
  createContext,
  startTransition,
  useContext,
  useEffect,
  useState,
  type ReactNode,
} from 'react';
import { Router, useLocation as useWouterLocation, useSearch } from 'wouter';
import { navigate as goInBrowser } from 'wouter/use-browser-location';

export { Link, Route, Router, Switch, useParams, useSearchParams } from 'wouter';

/** Where the browser is: its path and its query (with its "?", or empty). */
interface Place {
  readonly path: string;
  readonly search: string;
}

const PlaceContext = createContext<Place>({ path: '/', search: '' });

function browserPlace(): Place {
  return { path: window.location.pathname, search: window.location.search };
}

/** wouter's history events: its own navigations (it patches the history) and Back/Forward. */
const HISTORY_EVENTS = ['popstate', 'pushState', 'replaceState'] as const;

const usePlacePath = (): [string, typeof goInBrowser] => [
  useContext(PlaceContext).path,
  goInBrowser,
];
const usePlaceSearch = (): string => useContext(PlaceContext).search;

/**
 * The app's router on the browser's address. A new address is drawn in a React transition, as
 * react-router did: the screen being left stays until the next one (its code, its words) is
 * ready, instead of a "Loading…" frame whose content React then holds back for up to 300 ms
 * (its pacing of Suspense reveals). wouter's own browser location updates at once.
 */
export function BrowserRouter({ children }: { readonly children: ReactNode }) {
  const [place, setPlace] = useState(browserPlace);
  useEffect(() => {
    const follow = () =>
      startTransition(() =>
        setPlace((shown) => {
          const next = browserPlace();
          return next.path === shown.path && next.search === shown.search ? shown : next;
        }),
      );
    for (const type of HISTORY_EVENTS) window.addEventListener(type, follow);
    // A navigation between the first render and now.
    follow();
    return () => {
      for (const type of HISTORY_EVENTS) window.removeEventListener(type, follow);
    };
  }, []);
  return (
    <PlaceContext.Provider value={place}>
      <Router hook={usePlacePath} searchHook={usePlaceSearch}>
        {children}
      </Router>
    </PlaceContext.Provider>
  );
}

export interface NavigateOptions {
  /** Takes the place of the current entry in the history, so "Back" skips it. */
  readonly replace?: boolean;
}

/** Goes to an address within the app. */
export function useNavigate(): (to: string, options?: NavigateOptions) => void {
  const [, navigate] = useWouterLocation();
  return navigate;
}

/** Where the app is now: the path and the query (with its "?", or empty). */
export function useLocation(): { readonly pathname: string; readonly search: string } {
  const [pathname] = useWouterLocation();
  const search = useSearch();
  return { pathname, search: search === '' ? '' : `?${search}` };
}

/**
 * Goes to `to` once it is on screen, and again if `to` changes. It navigates in an effect, after
 * the screen around it has committed, as react-router's `Navigate` did; wouter's `Redirect` does
 * it in a layout effect, before the effects of the screen it replaces have run.
 */
export function Navigate({
  to,
  replace = false,
}: {
  readonly to: string;
  readonly replace?: boolean;
}) {
  const navigate = useNavigate();
  useEffect(() => {
    navigate(to, { replace });
  }, [navigate, to, replace]);
  return null;
}
