import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { preloadable } from './preloadable';

function Story() {
  return <h1>The story</h1>;
}

function renderIn(Screen: React.ComponentType) {
  return render(
    <Suspense fallback={<p>Loading…</p>}>
      <Screen />
    </Suspense>,
  );
}

describe('a screen whose code can be read ahead', () => {
  it('shows at once, with no "Loading…" frame, once its code was read ahead', async () => {
    const load = vi.fn(() => Promise.resolve(Story));
    const { Screen, preload } = preloadable(load);
    preload();
    await vi.waitFor(() => expect(load).toHaveBeenCalledOnce());
    await Promise.resolve();

    renderIn(Screen);

    // The first commit already holds the screen: nothing waited for a promise.
    expect(screen.getByRole('heading', { name: 'The story' })).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
    expect(load).toHaveBeenCalledOnce();
  });

  it('loads when it opens if nothing read it ahead', async () => {
    const { Screen } = preloadable(() => Promise.resolve(Story));
    renderIn(Screen);
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'The story' })).toBeInTheDocument();
  });

  it('tries again when it opens after a read ahead that failed', async () => {
    const load = vi
      .fn<() => Promise<typeof Story>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue(Story);
    const { Screen, preload } = preloadable(load);
    preload();
    await vi.waitFor(() => expect(load).toHaveBeenCalledOnce());

    renderIn(Screen);

    expect(await screen.findByRole('heading', { name: 'The story' })).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
