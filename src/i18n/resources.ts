import common from './locales/en/common.json';

/**
 * English is the source of truth for keys: one JSON file per namespace. A feature with many
 * words has its own namespace (add the import and the entry below) and calls
 * `useTranslation('<namespace>')`.
 */
export const defaultNS = 'common';
export const resources = {
  en: {
    common,
  },
} as const;
export const supportedLanguages = ['en'] as const;
