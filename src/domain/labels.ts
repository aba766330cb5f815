import type { LocalizedText } from './types';

export const FALLBACK_LANGUAGE = 'en';

/** Which of the labels' languages is shown: the wanted one, its base ("pt" for "pt-BR"), English, any. */
function shownLanguage(labels: LocalizedText, language: string): string | undefined {
  const base = language.split('-')[0] ?? language;
  return [language, base, FALLBACK_LANGUAGE, ...Object.keys(labels)].find(
    (code) => labels[code] !== undefined,
  );
}

/** The label in the wanted language, else its base language ("pt" for "pt-BR"), else English. */
export function labelFor(labels: LocalizedText, language: string): string {
  const shown = shownLanguage(labels, language);
  return shown === undefined ? '' : (labels[shown] ?? '');
}

/**
 * A card's past-tense words ("pushed") in the language its label is shown in, or null when it has
 * none there: "so I" never mixes two languages, nor takes a word that is not an action.
 */
export function canDoLabelFor(
  card: { readonly labels: LocalizedText; readonly canDo?: LocalizedText | undefined },
  language: string,
): string | null {
  const shown = shownLanguage(card.labels, language);
  return (shown !== undefined && card.canDo?.[shown]) || null;
}

export function pastLabelFor(
  card: { readonly labels: LocalizedText; readonly past?: LocalizedText | undefined },
  language: string,
): string | null {
  const shown = shownLanguage(card.labels, language);
  return (shown !== undefined && card.past?.[shown]) || null;
}
