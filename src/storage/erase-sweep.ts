/**
 * After an erase, the browser's own files let go of the erased words too, where the browser lets
 * an app ask (issue 18, point 7).
 *
 * Deleting a record removes it from IndexedDB at once, but not from the files under it. Chromium
 * keeps IndexedDB in a LevelDB: every write is appended to a log, and for each change inside a
 * transaction the old value is written again (to undo it if the transaction fails), so an erased
 * name stays readable in the log and, once that is full (some megabytes of writes later), in table
 * files, until LevelDB compacts those files — which nothing in a small app's use triggers for days.
 * Overwriting with blanks first does not help: it appends more copies.
 *
 * What an app can do is make Chromium compact: deleting a database compacts the key range it
 * held, at every level above the deepest file that range reaches, and each compaction drops what
 * newer entries replaced or deleted in the files it rewrites. So after an erase:
 * 1. a new sweeper database gets one small record, so it is in the files written from now on;
 * 2. two scratch databases are written and deleted, the younger first: the first deletion writes
 *    the log out to a table file, the second compacts that file away with the erased copies in it;
 * 3. the previous sweeper is deleted: its record has been in the same files as everything written
 *    since it was made (the first one is made at start-up), so compacting its range rewrites those
 *    files, down to the deepest level it reached;
 * 4. one more scratch database is written and deleted, so LevelDB deletes the files the
 *    compactions replaced (it keeps them while anything still reads them).
 * Measured with the system Chromium (tests/e2e/erase-leaves-no-copy.spec.ts): every copy of an
 * erased name gone from the profile's files within a second, where without this they stayed
 * after closing and reopening. Records written before the first sweeper existed (a tablet in use
 * before this version) may stay in deep table files until LevelDB compacts them itself.
 *
 * In other browsers (Safari and Firefox keep IndexedDB in SQLite) this only creates and deletes
 * small databases; it never touches Restory's own. It never fails an erase: the erase has already
 * happened when it starts. Encryption at rest (issue 16) is what makes any copy left unreadable.
 */

const SWEEPER_PREFIX = 'restory-sweeper-';
const SCRATCH_OLDER = 'restory-sweep-scratch-1';
const SCRATCH_YOUNGER = 'restory-sweep-scratch-2';
const STORE = 'sweep';
// A browser that never answers must not hold anything up: each step gives up after this.
const STEP_TIMEOUT_MS = 5000;

function settle<T>(request: IDBRequest<T> | IDBOpenDBRequest): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve(undefined), STEP_TIMEOUT_MS);
    request.onsuccess = () => {
      clearTimeout(timer);
      resolve(request.result as T);
    };
    request.onerror = () => {
      clearTimeout(timer);
      reject(request.error ?? new Error('IndexedDB request failed'));
    };
  });
}

/** Opens (making it if need be) a small database and stores one record in it. */
async function writeOneRecord(name: string): Promise<void> {
  const opening = indexedDB.open(name, 1);
  opening.onupgradeneeded = () => opening.result.createObjectStore(STORE);
  const database = await settle<IDBDatabase>(opening);
  if (!database) return;
  try {
    const transaction = database.transaction(STORE, 'readwrite');
    transaction.objectStore(STORE).put(Date.now(), 'at');
    await new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error ?? new Error('sweep write failed'));
      transaction.onabort = () => reject(transaction.error ?? new Error('sweep write aborted'));
    });
  } finally {
    database.close();
  }
}

async function deleteDatabase(name: string): Promise<void> {
  await settle(indexedDB.deleteDatabase(name));
}

/** The sweeper databases there are, oldest first; none where the browser cannot list them. */
async function sweepers(): Promise<string[]> {
  if (typeof indexedDB.databases !== 'function') return [];
  const all = await indexedDB.databases();
  return all
    .flatMap(({ name }) => (name?.startsWith(SWEEPER_PREFIX) ? [name] : []))
    .sort((a, b) => sweeperNumber(a) - sweeperNumber(b));
}

const sweeperNumber = (name: string) => Number(name.slice(SWEEPER_PREFIX.length)) || 0;

/**
 * Makes the first sweeper at start-up, so that it shares the files of everything written after
 * it. Cheap once it exists: one listing of the databases.
 */
export async function ensureEraseSweeper(): Promise<void> {
  if (typeof indexedDB.databases !== 'function') return;
  if ((await sweepers()).length === 0) await writeOneRecord(`${SWEEPER_PREFIX}1`);
}

async function sweep(): Promise<void> {
  const previous = await sweepers();
  const last = previous.at(-1);
  if (typeof indexedDB.databases === 'function') {
    await writeOneRecord(`${SWEEPER_PREFIX}${(last ? sweeperNumber(last) : 0) + 1}`);
  }
  await writeOneRecord(SCRATCH_OLDER);
  await writeOneRecord(SCRATCH_YOUNGER);
  await deleteDatabase(SCRATCH_YOUNGER);
  await deleteDatabase(SCRATCH_OLDER);
  for (const name of previous) await deleteDatabase(name);
  await writeOneRecord(SCRATCH_OLDER);
  await deleteDatabase(SCRATCH_OLDER);
}

let sweeping: Promise<void> = Promise.resolve();

/**
 * Asks the browser to compact away the copies an erase left in its files (see the top of this
 * file). One sweep at a time in a tab; it resolves when done and never rejects.
 */
export function sweepErasedCopies(): Promise<void> {
  const next = sweeping.then(sweep).catch(() => undefined);
  sweeping = next;
  return next;
}
