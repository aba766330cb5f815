/** Renders the whole app at a route, on the real (fake-indexeddb) database, as a person meets it. */
import { render } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { App } from '../src/app/app';

export function renderAppAt(path: string) {
  window.history.pushState({}, '', path);
  // jsdom applies none of the app's CSS, so user-event's check for `pointer-events: none` (a
  // computed style for every ancestor of every click) finds nothing here; the browser tests press
  // the real thing.
  const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
  const view = render(<App withUpdatePrompt={false} />);
  return { user, ...view };
}
