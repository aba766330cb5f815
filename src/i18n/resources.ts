import common from './locales/en/common.json';

/** English is the source of truth for keys; other languages are checked against it. */
export const defaultNS = 'common';
export const resources = { en: { common } } as const;
export const supportedLanguages = ['en'] as const;
