import { useTranslation } from 'react-i18next';

/** A time as staff read dates: "4 Dec 2026, 10:30". */
export function useStoryDate(style: 'day' | 'time' = 'time'): (time: number) => string {
  const { i18n } = useTranslation('stories');
  const format = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    ...(style === 'time' ? { timeStyle: 'short' } : {}),
  });
  return (time) => format.format(time);
}
