/** Formats a stored local date-time ("2026-11-24T10:30") for people; empty stays empty. */
export function formatLocalDateTime(value: string, language: string): string {
  if (value === '') return '';
  const date = new Date(value.length === 10 ? `${value}T00:00` : value);
  if (Number.isNaN(date.getTime())) return value;
  const options: Intl.DateTimeFormatOptions =
    value.length === 10 ? { dateStyle: 'medium' } : { dateStyle: 'medium', timeStyle: 'short' };
  return new Intl.DateTimeFormat(language, options).format(date);
}
