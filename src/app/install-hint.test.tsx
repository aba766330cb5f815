import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderAppAt } from '../../tests/render-app';

function displayModeIs(standalone: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: standalone && query.includes('standalone'),
    media: query,
  }));
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the install hint on staff screens', () => {
  it('asks staff to add Restory to the Home Screen while it runs in a browser tab', async () => {
    displayModeIs(false);
    renderAppAt('/');
    expect(
      await screen.findByText(/Add to Home Screen before you use Restory for real/),
    ).toBeInTheDocument();
  });

  it('says nothing once Restory runs installed', async () => {
    displayModeIs(true);
    renderAppAt('/');
    await screen.findByRole('heading', { name: 'People' });
    expect(screen.queryByText(/Add to Home Screen/)).not.toBeInTheDocument();
  });
});
