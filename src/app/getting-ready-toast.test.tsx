import { render, screen } from '@testing-library/react';
import { memoryLocation } from 'wouter/memory-location';
import { afterEach, describe, expect, it } from 'vitest';
import { Router } from '../lib/router';
import { GettingReadyBeforePrompt } from './getting-ready-toast';

const GETTING_READY =
  'Restory is getting ready to work without a connection. Please stay connected for a moment.';

function withWorkers(controller: object | null): void {
  Object.defineProperty(navigator, 'serviceWorker', { value: { controller }, configurable: true });
}

function renderAt(path: string) {
  const { hook, searchHook } = memoryLocation({ path });
  return render(
    <Router hook={hook} searchHook={searchHook}>
      <GettingReadyBeforePrompt />
    </Router>,
  );
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'serviceWorker');
});

describe('before the update prompt has loaded', () => {
  it('a first visit says at once that Restory is getting ready to work offline', () => {
    withWorkers(null);
    renderAt('/');
    expect(screen.getByRole('status')).toHaveTextContent(GETTING_READY);
  });

  it.each([
    ['in Together', null, '/together/some-conversation'],
    ['on a page a worker controls', {}, '/'],
    ['where there are no workers', undefined, '/'],
  ])('says nothing %s', (_, controller, path) => {
    if (controller !== undefined) withWorkers(controller);
    renderAt(path);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
