import type { LocalizedText } from './types';

export const FALLBACK_LANGUAGE = 'en';

/** The label in the wanted language, else its base language ("pt" for "pt-BR"), else English. */
export function labelFor(labels: LocalizedText, language: string): string {
  const base = language.split('-')[0] ?? language;
  return (
    labels[language] ?? labels[base] ?? labels[FALLBACK_LANGUAGE] ?? Object.values(labels)[0] ?? ''
  );
}
