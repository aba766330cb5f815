/** Renders the whole app at a route, on the real (fake-indexeddb) database, as a person meets it. */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../src/app/app';

export function renderAppAt(path: string) {
  window.history.pushState({}, '', path);
  const user = userEvent.setup();
  const view = render(<App withUpdatePrompt={false} />);
  return { user, ...view };
}
