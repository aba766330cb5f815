import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from './database';
import { ensureEraseSweeper, sweepErasedCopies } from './erase-sweep';
import { addPerson, deletePersonEverywhere } from './people-repo';

async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).flatMap(({ name }) => (name ? [name] : [])).sort();
}

/** The databases the sweep makes, leaving Restory's own out. */
async function sweepNames(): Promise<string[]> {
  return (await databaseNames()).filter((name) => name.startsWith('restory-sweep'));
}

beforeEach(async () => {
  for (const name of await sweepNames()) {
    await new Promise((resolve) => {
      indexedDB.deleteDatabase(name).onsuccess = resolve;
    });
  }
});

describe('sweeping the browser’s copies after an erase', () => {
  it('makes one sweeper at start-up, and only one', async () => {
    await ensureEraseSweeper();
    await ensureEraseSweeper();
    expect(await sweepNames()).toEqual(['restory-sweeper-1']);
  });

  it('replaces the sweeper with a new one and leaves no scratch database behind', async () => {
    await ensureEraseSweeper();
    await sweepErasedCopies();
    expect(await sweepNames()).toEqual(['restory-sweeper-2']);
    await sweepErasedCopies();
    expect(await sweepNames()).toEqual(['restory-sweeper-3']);
  });

  it('sweeps after erasing a person, and leaves everyone else’s records as they were', async () => {
    await ensureEraseSweeper();
    const gone = await addPerson('Alex');
    const kept = await addPerson('Kim');
    await deletePersonEverywhere(gone);
    expect(await sweepNames()).toEqual(['restory-sweeper-2']);
    expect(await db.people.get(gone)).toBeUndefined();
    expect((await db.people.get(kept))?.displayName).toBe('Kim');
  });

  it('never fails the erase when the browser refuses the sweep', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('refused', 'SecurityError');
    });
    await expect(sweepErasedCopies()).resolves.toBeUndefined();
  });
});
