import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../domain/types';
import { CONTENT_LANGUAGES, type ContentLanguage } from './content-languages';

/** The languages the library has names for (library.json "languages"). */
const NAMED_LANGUAGES = CONTENT_LANGUAGES;
type NamedLanguage = ContentLanguage;
const isNamed = (code: string): code is NamedLanguage =>
  (NAMED_LANGUAGES as readonly string[]).includes(code);

export interface PhotoWordsProps {
  readonly people: readonly Person[];
  /** The staff's language, for the card's first word. */
  readonly language: string;
  readonly words: Readonly<Record<string, string>>;
  readonly personId: string | null;
  /** The second language the card has words in: the person's, or one chosen for everyone's. */
  readonly otherLanguage: string | null;
  readonly onOtherLanguage: (language: string | null) => void;
  readonly isWordMissing: boolean;
  readonly onWords: (words: Readonly<Record<string, string>>) => void;
  readonly onPerson: (personId: string | null) => void;
}

/**
 * The card's words and whose it is: a word in the staff's language, and for a person who reads
 * another language, a word in theirs too (the card shows theirs in their Together).
 */
export function PhotoWords(props: PhotoWordsProps) {
  const { people, language, words, personId, otherLanguage: other, isWordMissing } = props;
  const { onWords, onPerson, onOtherLanguage } = props;
  const { t } = useTranslation('library');
  const id = useId();
  const [wordId, neededId, whoseId, whoseHintId, otherId, languageId] = [
    `${id}-word`,
    `${id}-needed`,
    `${id}-whose`,
    `${id}-whose-hint`,
    `${id}-other`,
    `${id}-language`,
  ];
  const setWord = (lang: string, word: string) => onWords({ ...words, [lang]: word });

  return (
    <div className="add-photo__words">
      <label htmlFor={wordId}>{t('photo.word')}</label>
      <input
        id={wordId}
        value={words[language] ?? ''}
        lang={language}
        dir="auto"
        aria-invalid={isWordMissing}
        aria-describedby={isWordMissing ? neededId : undefined}
        onChange={(event) => setWord(language, event.currentTarget.value)}
      />
      {isWordMissing ? (
        <p id={neededId} className="field-hint">
          {t('photo.wordNeeded')}
        </p>
      ) : null}
      <label htmlFor={whoseId}>{t('photo.whose')}</label>
      <select
        id={whoseId}
        value={personId ?? ''}
        aria-describedby={whoseHintId}
        onChange={(event) => onPerson(event.currentTarget.value || null)}
      >
        <option value="">{t('photo.everyone')}</option>
        {people.map((p) => (
          <option key={p.id} value={p.id}>
            {p.displayName}
          </option>
        ))}
      </select>
      <p id={whoseHintId} className="field-hint">
        {t('photo.whoseHint')}
      </p>
      {personId === null ? (
        <>
          <label htmlFor={languageId}>{t('photo.otherLanguage')}</label>
          <select
            id={languageId}
            value={other ?? ''}
            onChange={(event) => onOtherLanguage(event.currentTarget.value || null)}
          >
            <option value="">{t('photo.noOtherLanguage')}</option>
            {NAMED_LANGUAGES.filter((code) => code !== language).map((code) => (
              <option key={code} value={code} lang={code}>
                {t(`languages.${code}`)}
              </option>
            ))}
          </select>
        </>
      ) : null}
      {other ? (
        <>
          <label htmlFor={otherId}>
            {t('photo.wordIn', { language: isNamed(other) ? t(`languages.${other}`) : other })}
          </label>
          <input
            id={otherId}
            value={words[other] ?? ''}
            lang={other}
            dir="auto"
            onChange={(event) => setWord(other, event.currentTarget.value)}
          />
        </>
      ) : null}
    </div>
  );
}
