import type acting from './locales/en/acting.json';
import type activity from './locales/en/activity.json';
import type affected from './locales/en/affected.json';
import backup from './locales/en/backup.json';
import type breakNs from './locales/en/break.json';
import common from './locales/en/common.json';
import type feelings from './locales/en/feelings.json';
import type finish from './locales/en/finish.json';
import type guide from './locales/en/guide.json';
import type harmed from './locales/en/harmed.json';
import type incident from './locales/en/incident.json';
import type library from './locales/en/library.json';
import lock from './locales/en/lock.json';
import type nextTime from './locales/en/next-time.json';
import type plan from './locales/en/plan.json';
import type prepare from './locales/en/prepare.json';
import type repair from './locales/en/repair.json';
import profile from './locales/en/profile.json';
import type somethingGood from './locales/en/something-good.json';
import storage from './locales/en/storage.json';
import type stories from './locales/en/stories.json';
import type summary from './locales/en/summary.json';
import type welcome from './locales/en/welcome.json';

/**
 * English is the source of truth for keys: one JSON file per namespace, in
 * `locales/<language>/<namespace>.json`. A feature with many words has its own namespace (add it
 * to `EnglishWords` below) and calls `useTranslation('<namespace>')`.
 *
 * Only the words the first screens need (People, a person's page, the shell's notices and the
 * lock) are in the first screen's JavaScript; every other namespace is its own small file,
 * loaded when a screen first asks for it (setup.ts), so more words and more languages add nothing
 * to the first visit.
 */
export const defaultNS = 'common';

/** The type of every namespace: the keys `t` accepts. Type-only, so nothing here is bundled. */
export interface EnglishWords {
  acting: typeof acting;
  activity: typeof activity;
  affected: typeof affected;
  backup: typeof backup;
  break: typeof breakNs;
  common: typeof common;
  feelings: typeof feelings;
  finish: typeof finish;
  guide: typeof guide;
  harmed: typeof harmed;
  incident: typeof incident;
  library: typeof library;
  lock: typeof lock;
  'next-time': typeof nextTime;
  plan: typeof plan;
  prepare: typeof prepare;
  repair: typeof repair;
  profile: typeof profile;
  'something-good': typeof somethingGood;
  storage: typeof storage;
  stories: typeof stories;
  summary: typeof summary;
  welcome: typeof welcome;
}

export type Namespace = keyof EnglishWords;

/** Bundled with the first screen: its words must never wait for a file. */
export const firstScreenWords = { en: { backup, common, lock, profile, storage } } as const;

export const allNamespaces: readonly Namespace[] = [
  'acting',
  'activity',
  'affected',
  'backup',
  'break',
  'common',
  'feelings',
  'finish',
  'guide',
  'harmed',
  'incident',
  'library',
  'lock',
  'next-time',
  'plan',
  'prepare',
  'profile',
  'repair',
  'something-good',
  'storage',
  'stories',
  'summary',
  'welcome',
];

/** Languages with words of their own (locales/<code>/), in the order Settings lists them. */
export const supportedLanguages = ['en', 'es', 'pl', 'cy', 'ar'] as const;
