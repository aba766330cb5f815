import type { GrammaticalGender, LocalizedText } from './types';

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

/**
 * A card's past-tense words ("shouted") in the language its label is shown in, or null when it has
 * none there; with the person's grammatical gender, in its form where the language marks it
 * (Polish "krzyczałam" for a feminine person rather than "krzyczałem/krzyczałam").
 */
export function pastLabelFor(
  card: {
    readonly labels: LocalizedText;
    readonly past?: LocalizedText | undefined;
    readonly genderedPast?: GenderedText | undefined;
  },
  language: string,
  gender?: GrammaticalGender,
): string | null {
  const shown = shownLanguage(card.labels, language);
  return (shown !== undefined && inGender(card.past, card.genderedPast, shown, gender)) || null;
}

/**
 * A card's words for a feminine or masculine person where they differ from its usual ones, by
 * gender then language: `{ feminine: { es: 'enfadada' } }` (label files' `feminine` and
 * `masculine`, domain/starter-content.ts).
 */
export type GenderedText = Readonly<Partial<Record<GrammaticalGender, LocalizedText>>>;

/** A library card's catalogue words for a feminine or masculine person (domain/library.ts). */
export interface GenderedWordsOfCard {
  readonly genderedLabels?: GenderedText | undefined;
  readonly genderedPast?: GenderedText | undefined;
}

/** The words in the shown language: the gender's own form when there is one, else the usual. */
function inGender(
  usual: LocalizedText | undefined,
  forms: GenderedText | undefined,
  shown: string,
  gender: GrammaticalGender | undefined,
): string | undefined {
  return (gender && forms?.[gender]?.[shown]) || usual?.[shown];
}

/**
 * A card's label as words about the person, in their grammatical gender: Spanish "enfadada" for a
 * feminine person, the usual "enfadado" when their gender is not set or the word has one form.
 * The form is only ever taken in the language the label is shown in, so a sentence never mixes
 * two languages. Only for the person's own words ("Me sentí …"): a feeling chosen for someone
 * else keeps its usual label (labelFor), since its form is that person's, not this one's.
 */
export function genderedLabel(
  card: { readonly labels: LocalizedText; readonly genderedLabels?: GenderedText | undefined },
  language: string,
  gender: GrammaticalGender | undefined,
): string {
  const shown = shownLanguage(card.labels, language);
  if (shown === undefined) return '';
  return inGender(card.labels, card.genderedLabels, shown, gender) ?? '';
}
