import acting from './locales/en/acting.json';
import activity from './locales/en/activity.json';
import affected from './locales/en/affected.json';
import backup from './locales/en/backup.json';
import breakNs from './locales/en/break.json';
import common from './locales/en/common.json';
import feelings from './locales/en/feelings.json';
import finish from './locales/en/finish.json';
import guide from './locales/en/guide.json';
import lock from './locales/en/lock.json';
import nextTime from './locales/en/next-time.json';
import prepare from './locales/en/prepare.json';
import profile from './locales/en/profile.json';
import somethingGood from './locales/en/something-good.json';
import storage from './locales/en/storage.json';
import summary from './locales/en/summary.json';
import welcome from './locales/en/welcome.json';

/**
 * English is the source of truth for keys: one JSON file per namespace. A feature with many
 * words has its own namespace (add the import and the entry below) and calls
 * `useTranslation('<namespace>')`.
 */
export const defaultNS = 'common';
export const resources = {
  en: {
    acting,
    activity,
    affected,
    backup,
    break: breakNs,
    common,
    feelings,
    finish,
    guide,
    lock,
    'next-time': nextTime,
    prepare,
    profile,
    'something-good': somethingGood,
    storage,
    summary,
    welcome,
  },
} as const;
export const supportedLanguages = ['en'] as const;
