/**
 * Languages a person's pictures and speech can be in, each written in its own name (so a reader
 * of that language finds it whatever the staff's language is). Codes are BCP-47.
 */
export interface ContentLanguage {
  readonly code: string;
  readonly name: string;
}

export const CONTENT_LANGUAGES: readonly ContentLanguage[] = [
  { code: 'en', name: 'English' },
  { code: 'ar', name: 'العربية' },
  { code: 'bn', name: 'বাংলা' },
  { code: 'de', name: 'Deutsch' },
  { code: 'es', name: 'Español' },
  { code: 'fr', name: 'Français' },
  { code: 'it', name: 'Italiano' },
  { code: 'pl', name: 'Polski' },
  { code: 'pt', name: 'Português' },
  { code: 'ro', name: 'Română' },
  { code: 'so', name: 'Soomaali' },
  { code: 'uk', name: 'Українська' },
  { code: 'ur', name: 'اردو' },
  { code: 'cy', name: 'Cymraeg' },
  { code: 'pa', name: 'ਪੰਜਾਬੀ' },
  { code: 'tr', name: 'Türkçe' },
];

/** The language's own name; an unknown code (from a backup, say) is shown as its code. */
export function languageName(code: string): string {
  return CONTENT_LANGUAGES.find((language) => language.code === code)?.name ?? code;
}
