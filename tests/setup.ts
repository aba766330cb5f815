import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { loadAllWords, setUpI18n } from '../src/i18n/setup';
import { EMPTY_CATALOGUE_SOURCE, setCatalogueSourceForTests } from '../src/storage/catalogue';
import { db } from '../src/storage/database';
import { withSmallSymbolWords } from './fixtures/symbol-words';

// The first render of a lazy route compiles it; on a busy 2-core machine that can pass 1 s.
configure({ asyncUtilTimeout: 5000 });

// jsdom lays nothing out, so it cannot scroll: a step change scrolls to the top in a browser.
window.scrollTo = () => undefined;

beforeEach(async () => {
  // No built-in pictures unless a test asks (withSmallCatalogue, or the bundled one).
  setCatalogueSourceForTests(EMPTY_CATALOGUE_SOURCE);
  // A few symbols of the whole set to search, never the 4,500 the build packs.
  withSmallSymbolWords();
  await setUpI18n('en');
  await loadAllWords();
  db.close();
  await db.delete();
  await db.open();
});

afterEach(() => {
  cleanup();
});
