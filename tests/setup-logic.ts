// Set-up for the logic project (domain, storage, lib, content checks) in plain Node: a fresh
// IndexedDB for every test, nothing of the DOM.
import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { db } from '../src/storage/database';

beforeEach(async () => {
  db.close();
  await db.delete();
  await db.open();
});
