import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { dayInWords } from '../../domain/local-day';
import type { NamedCard } from '../../domain/summary';
import { listOfWords } from '../../i18n/list-words';

/** Dates and lists in the staff's interface language, for the summary page. */
export function useWords() {
  const { t, i18n } = useTranslation('summary');
  const language = i18n.language;
  const nameOf = useCallback(
    (named: NamedCard | null | undefined) => named?.label ?? t('missingPicture'),
    [t],
  );
  return {
    nameOf,
    /** A stored time (ms) as date and time. */
    moment: (time: number) =>
      new Date(time).toLocaleString(language, { dateStyle: 'long', timeStyle: 'short' }),
    /** A typed local date and time (yyyy-mm-ddThh:mm), or the text as typed if it is not one. */
    localMoment: (text: string) => {
      const date = new Date(text);
      return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(text) && !Number.isNaN(date.getTime())
        ? date.toLocaleString(language, { dateStyle: 'long', timeStyle: 'short' })
        : text;
    },
    /** A local day (yyyy-mm-dd) in words, or the text as stored if it is not one. */
    localDay: (text: string) => dayInWords(text, language) || text,
    list: (items: readonly string[]) => listOfWords(items, language),
  };
}
