import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { lazy, Suspense } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { BrowserRouter, Link, Route, Switch } from './router';

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('BrowserRouter', () => {
  it('keeps the screen being left until the next one’s code is ready', async () => {
    let ready: (screen: { default: () => React.JSX.Element }) => void = () => undefined;
    const Later = lazy(
      () =>
        new Promise<{ default: () => React.JSX.Element }>((resolve) => {
          ready = resolve;
        }),
    );
    render(
      <BrowserRouter>
        <Suspense fallback={<p>Loading…</p>}>
          <Switch>
            <Route path="/later">
              <Later />
            </Route>
            <Route>
              <h1>First</h1>
              <Link to="/later?from=first">Go on</Link>
            </Route>
          </Switch>
        </Suspense>
      </BrowserRouter>,
    );

    await userEvent.click(screen.getByRole('link', { name: 'Go on' }));

    expect(window.location.pathname).toBe('/later');
    expect(screen.getByRole('heading', { name: 'First' })).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
    await act(async () => {
      ready({ default: () => <h1>Later</h1> });
      await Promise.resolve();
    });
    expect(await screen.findByRole('heading', { name: 'Later' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'First' })).not.toBeInTheDocument();
  });

  it('follows Back to the screen before', async () => {
    render(
      <BrowserRouter>
        <Switch>
          <Route path="/second">
            <h1>Second</h1>
          </Route>
          <Route>
            <h1>First</h1>
            <Link to="/second">Go on</Link>
          </Route>
        </Switch>
      </BrowserRouter>,
    );
    await userEvent.click(screen.getByRole('link', { name: 'Go on' }));
    expect(await screen.findByRole('heading', { name: 'Second' })).toBeInTheDocument();

    act(() => window.history.back());

    expect(await screen.findByRole('heading', { name: 'First' })).toBeInTheDocument();
  });
});
