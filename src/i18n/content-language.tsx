/**
 * Two languages at once (issue 15, point 2): staff screens speak the staff's language (Settings →
 * Language, setup.ts); the individual's screens — Together's steps, the Break, a story read
 * together — speak the person's. `ContentLanguage` says which language that is for everything
 * inside it, and `useContentTranslation` gives those screens its `t`, exactly as
 * `useTranslation` would (same namespaces, same keys, typed the same).
 *
 * The person's `t` also:
 * - uses their grammatical gender, where they have one, as i18next's context: a key with a
 *   `_feminine` or `_masculine` variant (Spanish "cansada", Polish "byłam") says it, any other
 *   key its usual words;
 * - isolates every value it puts into a sentence when the person's words read right to left and
 *   the page does not, as the page's own set-up does for a right-to-left page (isolate-direction).
 *
 * Outside a `ContentLanguage` both hooks fall back to the staff's language, so a component can be
 * shown on a staff screen too (the summary's story in pictures).
 */
import i18n, { type FlatNamespace } from 'i18next';
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation, type FallbackNs, type UseTranslationResponse } from 'react-i18next';
import type { GrammaticalGender } from '../domain/types';
import { isolateDirection } from './isolate-direction';
import { pageDirection } from './page-direction';
import { supportedLanguages, type Namespace } from './resources';

export type Direction = 'ltr' | 'rtl';

export interface ContentLanguageValue {
  /** The language of the words: the person's, when Restory has words in it. */
  readonly language: string;
  readonly dir: Direction;
  readonly gender: GrammaticalGender | undefined;
}

const ContentLanguageContext = createContext<ContentLanguageValue | null>(null);

/**
 * The language the individual's words are in: the person's own when Restory has words in it
 * ("ar", "es-MX" → "es"), else the staff's. (A person may read pictures labelled in a language
 * the app's sentences are not written in: their cards keep that language.)
 */
export function wordsLanguageOf(personLanguage: string, staffLanguage: string): string {
  const base = personLanguage.split('-')[0] ?? personLanguage;
  const supported: readonly string[] = supportedLanguages;
  return supported.includes(base) ? base : staffLanguage;
}

export function directionOf(language: string): Direction {
  return i18n.dir(language) === 'rtl' ? 'rtl' : 'ltr';
}

export interface ContentLanguageProps {
  /** The person's language (their profile's). */
  readonly language: string;
  readonly gender?: GrammaticalGender | undefined;
  readonly children: ReactNode;
}

/** Everything inside speaks the person's language; it adds no element of its own. */
export function ContentLanguage({ language, gender, children }: ContentLanguageProps) {
  const staffLanguage = useTranslation().i18n.language;
  const words = wordsLanguageOf(language, staffLanguage);
  const value = useMemo(
    () => ({ language: words, dir: directionOf(words), gender }),
    [words, gender],
  );
  return <ContentLanguageContext value={value}>{children}</ContentLanguageContext>;
}

/** The language, direction and gender of the words here: the person's, else the staff's. */
export function useContentLanguage(): ContentLanguageValue {
  const content = useContext(ContentLanguageContext);
  const staffLanguage = useTranslation().i18n.language;
  return content ?? { language: staffLanguage, dir: directionOf(staffLanguage), gender: undefined };
}

/** `lang` and `dir` for the element that holds the person's words. */
export function useContentAttributes(): { lang: string; dir: Direction } {
  const { language, dir } = useContentLanguage();
  return { lang: language, dir };
}

/** `useTranslation`, in the person's language inside a `ContentLanguage`. */
export function useContentTranslation<
  const Ns extends FlatNamespace | readonly [FlatNamespace?, ...FlatNamespace[]] | undefined =
    undefined,
>(ns?: Ns): UseTranslationResponse<FallbackNs<Ns>, undefined> {
  const content = useContext(ContentLanguageContext);
  const response = useTranslation(ns, content ? { lng: content.language } : undefined);
  const { t } = response;
  const gender = content?.gender;
  const needsIsolating = content?.dir === 'rtl' && pageDirection() === 'ltr';
  const personal = useMemo(
    () => (gender || needsIsolating ? withOptions(t, gender, needsIsolating) : t),
    [t, gender, needsIsolating],
  );
  if (personal === t) return response;
  // Same shape as useTranslation's answer (array and object), with the person's `t`.
  const answer = [personal, response.i18n, response.ready] as UseTranslationResponse<
    FallbackNs<Ns>,
    undefined
  >;
  answer.t = personal;
  answer.i18n = response.i18n;
  answer.ready = response.ready;
  return answer;
}

/** Every option a call gives wins over ours: a caller's own context, say. */
function withOptions<T>(t: T, gender: GrammaticalGender | undefined, isolates: boolean): T {
  const ours = {
    ...(gender ? { context: gender } : {}),
    ...(isolates
      ? { interpolation: { escape: (value: string) => isolateDirection(value, 'rtl') } }
      : {}),
  };
  const call = (key: unknown, second?: unknown, third?: unknown): unknown => {
    const translate = t as unknown as (...args: unknown[]) => unknown;
    if (typeof second === 'string') {
      return translate(key, second, { ...ours, ...(third as object | undefined) });
    }
    return translate(key, { ...ours, ...(second as object | undefined) });
  };
  return call as unknown as T;
}

/** The namespaces of the individual's screens: Together's steps, the Break, stories. */
export const contentNamespaces: readonly Namespace[] = [
  'common',
  'acting',
  'affected',
  'break',
  'feelings',
  'finish',
  'harmed',
  'next-time',
  'repair',
  'something-good',
  'stories',
  'welcome',
];

/**
 * The person's words for the individual's screens, read before Together shows, so nothing the
 * individual presses waits for a file (a press of "Read the story aloud" was once lost while the
 * Arabic words loaded). A file that cannot be read leaves English's words in its place.
 */
export async function loadContentWords(
  personLanguage: string,
  namespaces: readonly Namespace[] = contentNamespaces,
): Promise<void> {
  // Once a language is preloaded, every namespace asked for is read in it too.
  await i18n.loadLanguages(wordsLanguageOf(personLanguage, i18n.language));
  await i18n.loadNamespaces([...namespaces]);
}

/**
 * Whether the person's words are read (loadContentWords); false until then. `namespaces`: those of
 * the individual's screen, when it is not Together (the easy-read plan's "plan").
 */
export function useContentWordsLoaded(
  personLanguage: string | undefined,
  namespaces: readonly Namespace[] = contentNamespaces,
): boolean {
  const [loaded, setLoaded] = useState<string>();
  useEffect(() => {
    if (personLanguage === undefined) return;
    let isLive = true;
    void loadContentWords(personLanguage, namespaces).then(() => {
      if (isLive) setLoaded(personLanguage);
    });
    return () => {
      isLive = false;
    };
  }, [personLanguage, namespaces]);
  return personLanguage !== undefined && loaded === personLanguage;
}

/**
 * Staff's own words inside the individual's screen (the staff guide, "Staff", the PIN prompt):
 * marked with the staff's language and direction. It adds no box to the layout.
 */
export function StaffWords({ children }: { readonly children: ReactNode }) {
  const staffLanguage = useTranslation().i18n.language;
  return (
    <div className="staff-words" lang={staffLanguage} dir={directionOf(staffLanguage)}>
      {children}
    </div>
  );
}
