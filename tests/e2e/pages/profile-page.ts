/**
 * A person's profile editor (`/people/:id/profile`), the profile actions on their page, and a look
 * into IndexedDB as stored (for checks no screen can show: photo bytes, rows left after deletion).
 */
import { expect, type Locator, type Page } from '@playwright/test';

export class ProfilePage {
  readonly heading: Locator;
  readonly nameField: Locator;
  readonly languageField: Locator;
  readonly photoField: Locator;
  readonly saveButton: Locator;
  readonly currentPicture: Locator;

  constructor(
    readonly page: Page,
    readonly name: string,
  ) {
    this.heading = page.getByRole('heading', { name: `Profile of ${name}`, exact: true, level: 1 });
    this.nameField = page.getByRole('textbox', { name: 'Name', exact: true });
    this.languageField = page.getByRole('combobox', {
      name: 'Language for their pictures and speech',
    });
    this.photoField = page.getByLabel('Take or choose a photo', { exact: true });
    this.saveButton = page.getByRole('button', { name: 'Save profile', exact: true });
    this.currentPicture = page.getByRole('img', { name: 'Their picture now', exact: true });
  }

  /** From the person's page, "Edit profile". */
  async open(): Promise<void> {
    await this.page.getByRole('link', { name: 'Edit profile', exact: true }).click();
    await expect(this.heading).toBeVisible();
  }

  /** Waits until the live region has said the picture was saved. */
  async expectPictureSaved(): Promise<void> {
    const said = this.page.getByRole('status').filter({ hasText: /^Picture saved\.$/ });
    await expect(said).toHaveCount(1);
  }

  checkbox(name: 'Uses symbols' | 'Uses photos' | 'Reads text' | 'Speech on'): Locator {
    return this.page.getByRole('checkbox', { name, exact: true });
  }

  cards(list: 'Likes and strengths' | 'What helps them feel calm'): Locator {
    return this.page.getByRole('group', { name: list, exact: true });
  }

  async addCard(list: 'Likes and strengths' | 'What helps them feel calm', text: string) {
    const group = this.cards(list);
    await group.getByRole('textbox', { name: 'Words for the new card', exact: true }).fill(text);
    await group.getByRole('button', { name: 'Add card', exact: true }).click();
    await expect(group.getByRole('button', { name: `Remove ${text}`, exact: true })).toBeVisible();
  }

  /** The person's id, from the address of their page or their profile. */
  personId(): string {
    const id = /\/people\/([^/]+)/.exec(new URL(this.page.url()).pathname)?.[1];
    if (!id) throw new Error(`No person in ${this.page.url()}`);
    return id;
  }
}

/** The stored picture of a person, decoded by the browser as an <img> would be. */
export interface StoredPhoto {
  readonly isBytes: boolean;
  readonly type: string;
  readonly size: number;
  readonly width: number;
  readonly height: number;
}

export function readStoredPhoto(page: Page, personId: string): Promise<StoredPhoto | null> {
  return page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('restory');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const get = (store: string, key: string) =>
      new Promise<Record<string, unknown> | undefined>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).get(key);
        request.onsuccess = () => {
          // Whole, as the codec reads it: the envelope with the payload's fields spread over it.
          const row = request.result as Record<string, unknown> | undefined;
          const payload = row?.['payload'];
          resolve(typeof payload === 'object' && payload !== null ? { ...row, ...payload } : row);
        };
        request.onerror = () => reject(request.error ?? new Error('get failed'));
      });
    const picture = (await get('people', id))?.['picture'] as { mediaId?: string } | null;
    const media = picture?.mediaId ? await get('media', picture.mediaId) : undefined;
    db.close();
    if (!media) return null;
    const bytes = media['bytes'] as Uint8Array;
    const type = String(media['type']);
    const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type }));
    return {
      isBytes: bytes instanceof Uint8Array,
      type,
      size: bytes.byteLength,
      width: bitmap.width,
      height: bitmap.height,
    };
  }, personId);
}

/**
 * Rows in every table that belong to the person: the person, records pointing at them
 * (personId, ownerId), records pointing at those, and settings whose value names one of them.
 * Tombstones are reported separately: they hold only an id, a table and a time by design.
 */
export function countRowsOf(page: Page, personId: string) {
  return page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('restory');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const all = (store: string) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        // Whole, as the codec reads them: a setting's value, for one, lives in its payload.
        request.onsuccess = () =>
          resolve(
            (request.result as Record<string, unknown>[]).map((row) => {
              const payload = row['payload'];
              return typeof payload === 'object' && payload !== null ? { ...row, ...payload } : row;
            }),
          );
        request.onerror = () => reject(request.error ?? new Error('getAll failed'));
      });
    const stores = [...db.objectStoreNames].filter((name) => name !== 'tombstones');
    const rows = new Map<string, Record<string, unknown>[]>();
    for (const store of stores) rows.set(store, await all(store));
    const tombstones = await all('tombstones');
    db.close();
    const owned = new Set([id]);
    // Grow the set until stable: a drawing owned by a conversation owned by the person belongs too.
    for (let size = 0; size !== owned.size;) {
      size = owned.size;
      for (const row of [...rows.values()].flat()) {
        const links = [row['personId'], row['ownerId']];
        if (links.some((link) => typeof link === 'string' && owned.has(link))) {
          owned.add(String(row['id']));
        }
      }
    }
    const belongs = (row: Record<string, unknown>) =>
      ['id', 'key', 'personId', 'ownerId', 'value'].some(
        (field) => typeof row[field] === 'string' && owned.has(row[field]),
      );
    const counts = Object.fromEntries(
      stores.map((store) => [store, (rows.get(store) ?? []).filter(belongs).length]),
    );
    const tombstoneFields = [...new Set(tombstones.map((t) => Object.keys(t).sort().join(',')))];
    return { counts, tombstoneFields, tombstones: tombstones.length };
  }, personId);
}
