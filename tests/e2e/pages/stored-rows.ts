/**
 * Reads rows straight from the app's IndexedDB in the page, to check what is stored on the
 * device (not what the screen shows). Read-only; the app's own connection is unaffected. Each row
 * is given back whole: its envelope fields with its `payload` fields spread over them, as the
 * codec (src/storage/codec.ts) reads it.
 */
import type { Page } from '@playwright/test';

export function readStoredRows<T>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('restory');
        open.onerror = () => reject(new Error('Could not open the database'));
        open.onsuccess = () => {
          const all = open.result.transaction(name).objectStore(name).getAll();
          all.onsuccess = () => {
            open.result.close();
            const rows = all.result as Record<string, unknown>[];
            const whole = rows.map((row) => {
              const { payload, ...envelope } = row;
              return typeof payload === 'object' && payload !== null
                ? { ...envelope, ...payload }
                : row;
            });
            resolve(whole as T[]);
          };
          all.onerror = () => reject(new Error(`Could not read ${name}`));
        };
      }),
    table,
  );
}
