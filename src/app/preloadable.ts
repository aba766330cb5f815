/**
 * A screen loaded when it opens, whose code can also be read ahead: `preload()` when the screen
 * that leads to it shows. Once read ahead, the screen renders at once, with no "Loading…" frame:
 * React's lazy suspends on every new promise, even one already settled, and then reveals the
 * screen no sooner than 300 ms after its fallback showed. So the loaded module is handed back
 * through a thenable that settles as it is called, which React reads without suspending.
 */
import { lazy, type ComponentType } from 'react';

interface Preloadable<P extends object> {
  readonly Screen: ComponentType<P>;
  /** Reads the code ahead; a failed read is tried again when the screen opens. */
  readonly preload: () => void;
}

export function preloadable<P extends object>(
  load: () => Promise<ComponentType<P>>,
): Preloadable<P> {
  let loaded: { default: ComponentType<P> } | undefined;
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const read = () => {
    loading ??= load().then(
      (component) => (loaded = { default: component }),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  const Screen = lazy(() => {
    if (!loaded) return read();
    const module = loaded;
    // Settles as `then` is called: React's lazy reads it as loaded (see above).
    const settled: PromiseLike<typeof module> = {
      then: (onLoaded) => Promise.resolve(onLoaded ? onLoaded(module) : module) as never,
    };
    return settled as Promise<typeof module>;
  });
  return { Screen, preload: () => void read().catch(() => undefined) };
}
