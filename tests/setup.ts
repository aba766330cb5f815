import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { setUpI18n } from '../src/i18n/setup';
import { db } from '../src/storage/database';

beforeEach(async () => {
  await setUpI18n('en');
  db.close();
  await db.delete();
  await db.open();
});

afterEach(() => {
  cleanup();
});
