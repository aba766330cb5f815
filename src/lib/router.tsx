/**
 * The app's routing, on wouter (docs/decisions/0004): a few kilobytes on the first screen where
 * react-router took 13.5 KB. Screens import from here, under the names they used before, so a
 * screen reads the same: `Link`, `Navigate`, `useParams`, `useNavigate`, `useLocation` and
 * `useSearchParams`. The routes themselves are in src/app/app.tsx.
 */
import { Redirect, useLocation as useWouterLocation, useSearch } from 'wouter';

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

/** Goes to `to` as soon as it is drawn. */
export function Navigate({
  to,
  replace = false,
}: {
  readonly to: string;
  readonly replace?: boolean;
}) {
  return <Redirect to={to} replace={replace} />;
}
