/** i18next set-up for the staff interface. The person's content language is separate (labelFor). */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isolateDirection } from './isolate-direction';
import { pageDirection } from './page-direction';
import { defaultNS, resources, supportedLanguages } from './resources';

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
): string {
  const supported: readonly string[] = supportedLanguages;
  const match = wanted.find((tag) => supported.includes(tag.split('-')[0] ?? tag));
  return match ?? 'en';
}

export async function setUpI18n(language = 'en'): Promise<typeof i18n> {
  i18n.on('languageChanged', reflectLanguage);
  await i18n.use(initReactI18next).init({
    resources,
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
