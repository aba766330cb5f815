/** i18next set-up for the staff interface. The person's content language is separate (labelFor). */
import i18n, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isolateDirection } from './isolate-direction';
import { pageDirection } from './page-direction';
import { readStaffLanguage } from './staff-language';
import { allNamespaces, defaultNS, firstScreenWords, supportedLanguages } from './resources';

/**
 * Every words file as its own lazily loaded chunk (precached by the service worker, so it loads
 * offline too). The first screen's namespaces are bundled instead (`firstScreenWords`) and never
 * read from here.
 */
const wordFiles = import.meta.glob<ResourceKey>(
  ['./locales/*/*.json', '!./locales/en/{backup,common,lock,profile,storage}.json'],
  { import: 'default' },
);

const lazyWords: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, done) {
    const load = wordFiles[`./locales/${language}/${namespace}.json`];
    // A language without this file has no words of its own here: English fills in (fallbackLng).
    if (!load) {
      done(null, {});
      return;
    }
    load().then(
      (words) => done(null, words),
      (error: unknown) => done(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

function reflectLanguage(language: string): void {
  document.documentElement.lang = language;
  document.documentElement.dir = i18n.dir(language);
}

/**
 * The tablet's own choice of a language Restory has words for, with its region kept ("en-GB"),
 * so dates and lists read the way staff expect while the words come from "en".
 */
export function preferredLanguage(
  wanted: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages,
  chosen: string | null = readStaffLanguage(),
): string {
  const supported: readonly string[] = supportedLanguages;
  // Staff's own choice in Settings comes first, then the tablet's languages.
  const match = [chosen ?? '', ...wanted].find((tag) =>
    supported.includes(tag.split('-')[0] ?? tag),
  );
  return match ?? 'en';
}

export async function setUpI18n(language = 'en'): Promise<typeof i18n> {
  i18n.on('languageChanged', reflectLanguage);
  await i18n
    .use(lazyWords)
    .use(initReactI18next)
    .init({
      resources: firstScreenWords,
      // The bundled words are used as they are; any other namespace is read when first asked for.
      partialBundledLanguages: true,
      ns: Object.keys(firstScreenWords.en),
      lng: language,
      fallbackLng: 'en',
      defaultNS,
      interpolation: {
        // React escapes markup itself; what each value needs is its own direction, so a name or a
        // caption never reorders the app's words around it (isolate-direction.ts).
        escapeValue: true,
        escape: (value: string) => isolateDirection(value, pageDirection()),
      },
      returnNull: false,
    });
  reflectLanguage(i18n.language);
  return i18n;
}

/** Every namespace at once: for tests, which render screens without their loading step. */
export async function loadAllWords(): Promise<void> {
  await i18n.loadNamespaces([...allNamespaces]);
}
