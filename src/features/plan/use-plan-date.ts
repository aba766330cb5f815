import { useTranslation } from 'react-i18next';

/** A time as the staff read dates: "4 Dec 2026, 10:30". */
export function usePlanDate(): (time: number) => string {
  const { i18n } = useTranslation('plan');
  const format = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (time) => format.format(time);
}
