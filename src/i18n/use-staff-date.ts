import { useTranslation } from 'react-i18next';

/**
 * A time as staff read dates, in their language: "4 Dec 2026, 10:30", or with `'day'` only
 * "4 Dec 2026". One formatter for the plan's and the stories' screens.
 */
export function useStaffDate(style: 'day' | 'time' = 'time'): (time: number) => string {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    ...(style === 'time' ? { timeStyle: 'short' } : {}),
  });
  return (time) => format.format(time);
}
