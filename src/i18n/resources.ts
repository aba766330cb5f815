import backup from './locales/en/backup.json';
import breakNs from './locales/en/break.json';
import common from './locales/en/common.json';
import guide from './locales/en/guide.json';
import lock from './locales/en/lock.json';
import prepare from './locales/en/prepare.json';
import profile from './locales/en/profile.json';
import storage from './locales/en/storage.json';

/**
 * English is the source of truth for keys: one JSON file per namespace. A feature with many
 * words has its own namespace (add the import and the entry below) and calls
 * `useTranslation('<namespace>')`.
 */
export const defaultNS = 'common';
export const resources = {
  en: {
    backup,
    break: breakNs,
    common,
    guide,
    lock,
    prepare,
    profile,
    storage,
  },
} as const;
export const supportedLanguages = ['en'] as const;
