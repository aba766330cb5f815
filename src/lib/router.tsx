/**
 * The app's routing, on wouter (docs/decisions/0004): a few kilobytes on the first screen where
 * react-router took 13.5 KB. Screens import from here, under the names they used before, so a
 * screen reads the same: `Link`, `Navigate`, `useParams`, `useNavigate`, `useLocation` and
 * `useSearchParams`. The routes themselves are in src/app/app.tsx.
 */
import { useEffect } from 'react';
import { useLocation as useWouterLocation, useSearch } from 'wouter';

export { Link, Route, Router, Switch, useParams, useSearchParams } from 'wouter';

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
