// Set-up for the protected project: every storage test again, with "Protect with a passcode" on
// and the records open (after setup-logic.ts has given it a fresh database). What a repository
// stores must then be sealed, and what it reads the same as without protection.
import Dexie, { type Table } from 'dexie';
import { afterEach, beforeEach } from 'vitest';
import { db } from '../src/storage/database';
import { writeTransaction } from '../src/storage/protection';
import { protectStorageForTests, unprotectStorageForTests } from './fixtures/protection';

beforeEach(async () => {
  await protectStorageForTests();
});

afterEach(() => {
  unprotectStorageForTests();
});

// A test that puts rows straight into a table (outside any transaction) is setting the scene, as
// another tab or an older build would: its writes are sealed like the app's. Only calls made from
// test files are wrapped, so a repository that writes outside `writeTransaction` still fails.
const WRITES = ['add', 'put', 'bulkAdd', 'bulkPut', 'update', 'bulkUpdate'] as const;
type Write = (this: Table, ...args: unknown[]) => Promise<unknown>;
const tablePrototype = db.Table.prototype as unknown as Record<string, Write>;

function isCalledFromATest(): boolean {
  const caller = new Error().stack?.split('\n')[3] ?? '';
  return /\.test\.tsx?|\/tests\//.test(caller);
}

for (const name of WRITES) {
  const write = tablePrototype[name];
  if (!write) continue;
  tablePrototype[name] = function (this: Table, ...args: unknown[]) {
    const running = Dexie.currentTransaction as unknown;
    if (running || !isCalledFromATest()) return write.apply(this, args);
    return writeTransaction([this.name], () => write.apply(this, args));
  };
}
