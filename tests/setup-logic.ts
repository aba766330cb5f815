// Set-up for the logic project (domain, storage, lib, content checks) in plain Node: a fresh
// IndexedDB for every test, nothing of the DOM.
import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { EMPTY_CATALOGUE_SOURCE, setCatalogueSourceForTests } from '../src/storage/catalogue';
import { db } from '../src/storage/database';

beforeEach(async () => {
  // No built-in pictures unless a test asks (withSmallCatalogue, or the bundled one).
  setCatalogueSourceForTests(EMPTY_CATALOGUE_SOURCE);
  db.close();
  await db.delete();
  await db.open();
});
