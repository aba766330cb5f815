import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useFirstInstall } from './use-first-install';

/** A service worker as the registration hands it over: a state that changes, with an event. */
class FakeWorker extends EventTarget {
  state: ServiceWorkerState = 'installing';
  become(state: ServiceWorkerState): void {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

/** The page's service worker container: who controls the page, and the event when that changes. */
class FakeContainer extends EventTarget {
  controller: object | null = null;
  takeOver(): void {
    this.controller = {};
    this.dispatchEvent(new Event('controllerchange'));
  }
}

function registration(parts: { active?: object; installing?: FakeWorker }) {
  return {
    active: parts.active ?? null,
    installing: parts.installing ?? null,
  } as unknown as ServiceWorkerRegistration;
}

function withContainer(): FakeContainer {
  const container = new FakeContainer();
  Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true });
  return container;
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'serviceWorker');
});

describe('a first visit on its way to working offline', () => {
  it('is getting ready while the worker stores the app, and ready once it controls this page', () => {
    const container = withContainer();
    const { result } = renderHook(() => useFirstInstall());
    // No worker controls the page: from the first render, before the registration answers.
    expect(result.current.stage).toBe('getting-ready');
    const worker = new FakeWorker();
    act(() => result.current.onRegisteredSW('/sw.js', registration({ installing: worker })));
    expect(result.current.stage).toBe('getting-ready');
    act(() => worker.become('installed'));
    act(() => worker.become('activated'));
    expect(result.current.stage).toBe('getting-ready');
    act(() => container.takeOver());
    expect(result.current.stage).toBe('ready');
  });

  it('says it is not ready when the worker fails and is dropped', () => {
    withContainer();
    const { result } = renderHook(() => useFirstInstall());
    const worker = new FakeWorker();
    act(() => result.current.onRegisteredSW('/sw.js', registration({ installing: worker })));
    act(() => worker.become('redundant'));
    expect(result.current.stage).toBe('not-ready');
  });

  it('has nothing to say on a page a worker already controls', () => {
    withContainer().takeOver();
    const { result } = renderHook(() => useFirstInstall());
    expect(result.current.stage).toBe('none');
  });

  it('has nothing to say on a later visit, nor when no worker can be registered', () => {
    withContainer();
    const { result } = renderHook(() => useFirstInstall());
    act(() =>
      result.current.onRegisteredSW(
        '/sw.js',
        registration({ active: {}, installing: new FakeWorker() }),
      ),
    );
    expect(result.current.stage).toBe('none');
    act(() => result.current.onRegisteredSW('/sw.js', undefined));
    act(() => result.current.onRegisterError());
    expect(result.current.stage).toBe('none');
  });
});
