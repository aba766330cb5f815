/**
 * The words the criteria check looks for in a story (story-check.ts), per language, lower case:
 * blame words, absolute words ("must", "never", "always": advised against when said of the
 * reader), and the words that name the reader. Kept here, apart from the story words, because
 * they are never shown to anyone as content: they are what the check listens for.
 */
import { FALLBACK_LANGUAGE } from './labels';

export interface CheckWords {
  readonly blame: readonly string[];
  readonly absolute: readonly string[];
  readonly reader: readonly string[];
}

const CHECK_WORDS: Readonly<Record<string, CheckWords>> = {
  en: {
    blame: [
      'bad',
      'naughty',
      'wrong',
      'fault',
      'punish',
      'punished',
      'punishment',
      'blame',
      'stupid',
      'silly',
      'trouble',
    ],
    absolute: ['must', 'never', 'always'],
    reader: ['i', 'me', 'my', 'myself', 'you', 'your'],
  },
};

/** The language's words (its base language's, else English). */
export function checkWordsFor(language: string): CheckWords {
  const base = language.split('-')[0] ?? language;
  return (
    CHECK_WORDS[language] ?? CHECK_WORDS[base] ?? (CHECK_WORDS[FALLBACK_LANGUAGE] as CheckWords)
  );
}
