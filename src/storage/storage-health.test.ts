// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import {
  installFakeStorageManager,
  removeFakeStorageManager,
} from '../../tests/fixtures/storage-manager';
import { requestPersistentStorage, readPersisted, readStorageEstimate } from './storage-health';

afterEach(removeFakeStorageManager);

describe('requestPersistentStorage', () => {
  it('asks the browser when storage is not yet persistent', async () => {
    const storage = installFakeStorageManager({ isPersisted: false, willPersist: true });
    expect(await requestPersistentStorage()).toBe(true);
    expect(storage.persist).toHaveBeenCalledOnce();
  });

  it('does not ask again when storage is already persistent', async () => {
    const storage = installFakeStorageManager({ isPersisted: true });
    expect(await requestPersistentStorage()).toBe(true);
    expect(storage.persist).not.toHaveBeenCalled();
  });

  it('reports a refusal', async () => {
    installFakeStorageManager({ isPersisted: false, willPersist: false });
    expect(await requestPersistentStorage()).toBe(false);
  });

  it('treats a browser that throws as a refusal', async () => {
    const storage = installFakeStorageManager();
    storage.persist.mockRejectedValueOnce(new Error('not allowed'));
    expect(await requestPersistentStorage()).toBe(false);
  });

  it('does nothing where the Storage API is missing', async () => {
    expect('storage' in navigator).toBe(false);
    expect(await requestPersistentStorage()).toBeNull();
    expect(await readPersisted()).toBeNull();
  });
});

describe('readStorageEstimate', () => {
  it('gives usage, quota and what is free', async () => {
    installFakeStorageManager({ usage: 30_000_000, quota: 2_000_000_000 });
    expect(await readStorageEstimate()).toEqual({
      usage: 30_000_000,
      quota: 2_000_000_000,
      free: 1_970_000_000,
    });
  });

  it('never says less than nothing is free', async () => {
    installFakeStorageManager({ usage: 12, quota: 10 });
    expect((await readStorageEstimate())?.free).toBe(0);
  });

  it('is null where the browser cannot say', async () => {
    expect(await readStorageEstimate()).toBeNull();
    const storage = installFakeStorageManager();
    storage.estimate.mockResolvedValueOnce({} as { usage: number; quota: number });
    expect(await readStorageEstimate()).toBeNull();
  });
});
