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
  // Not "mal" (me siento mal is a feeling) nor "culpable" (a feeling card).
  es: {
    blame: [
      'malo',
      'mala',
      'travieso',
      'traviesa',
      'incorrecto',
      'incorrecta',
      'culpa',
      'culpar',
      'castigo',
      'castigar',
      'castigado',
      'castigada',
      'estúpido',
      'estúpida',
      'tonto',
      'tonta',
      'lío',
    ],
    absolute: ['debes', 'debo', 'debe', 'nunca', 'jamás', 'siempre'],
    reader: ['yo', 'me', 'mi', 'mis', 'mí', 'conmigo', 'tú', 'te', 'tu', 'tus', 'ti', 'contigo'],
  },
  // Not "zły"/"zła": they are also "angry" (jestem zła).
  pl: {
    blame: [
      'niegrzeczny',
      'niegrzeczna',
      'niegrzeczne',
      'niegrzecznie',
      'niedobry',
      'niedobra',
      'niedobre',
      'wina',
      'winy',
      'winę',
      'kara',
      'karę',
      'karać',
      'ukarany',
      'ukarana',
      'głupi',
      'głupia',
      'głupie',
      'kłopoty',
      'kłopotach',
    ],
    absolute: ['musisz', 'muszę', 'musi', 'nigdy', 'zawsze'],
    reader: ['ja', 'mnie', 'mi', 'mój', 'moja', 'moje', 'ty', 'ciebie', 'cię', 'ci', 'twój'],
  },
  // Not "ddrwg": "mae'n ddrwg gen i" is "I'm sorry".
  cy: {
    blame: [
      'drwg',
      'drygionus',
      'anghywir',
      'bai',
      'fai',
      'cosb',
      'gosb',
      'cosbi',
      'gosbi',
      'beio',
      'feio',
      'twp',
      'dwl',
      'trwbl',
    ],
    absolute: ['rhaid', 'gorfod', 'byth', 'erioed', 'wastad'],
    reader: ['i', "i'n", 'fi', 'fy', 'mi', 'ti', "ti'n", 'di', 'dy', 'chi', 'eich'],
  },
  // Words as written alone; Arabic joins "my" and "the" to a word (ذنبي, الذنب), so both.
  ar: {
    blame: [
      'سيئ',
      'سيء',
      'سيئة',
      'مشاغب',
      'مشاغبة',
      'شقي',
      'شقية',
      'خاطئ',
      'خاطئة',
      'ذنب',
      'الذنب',
      'ذنبي',
      'ذنبك',
      'عقاب',
      'العقاب',
      'عقوبة',
      'يعاقب',
      'معاقب',
      'لوم',
      'اللوم',
      'غبي',
      'غبية',
    ],
    absolute: ['يجب', 'لازم', 'أبدا', 'أبدًا', 'دائما', 'دائمًا'],
    reader: ['أنا', 'لي', 'عني', 'إليّ', 'عليّ', 'نفسي', 'أنت', 'أنتِ', 'لك'],
  },
};

/** The language's words (its base language's, else English). */
export function checkWordsFor(language: string): CheckWords {
  const base = language.split('-')[0] ?? language;
  return (
    CHECK_WORDS[language] ?? CHECK_WORDS[base] ?? (CHECK_WORDS[FALLBACK_LANGUAGE] as CheckWords)
  );
}
