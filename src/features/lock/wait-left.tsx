import { useTranslation } from 'react-i18next';

export interface WaitLeftProps {
  /** Milliseconds left; nothing is shown at 0. */
  readonly waitLeft: number;
}

/**
 * How long until the PIN may be tried again, in calm words: seconds under a minute, then about
 * how many minutes (waits grow up to an hour after repeated rounds).
 */
export function WaitLeft({ waitLeft }: WaitLeftProps) {
  const { t } = useTranslation('lock');
  if (waitLeft <= 0) return null;
  const seconds = Math.ceil(waitLeft / 1000);
  return (
    <p className="lock-countdown">
      {seconds < 60
        ? t('waitLeft.seconds', { count: seconds })
        : t('waitLeft.minutes', { count: Math.round(seconds / 60) })}
    </p>
  );
}
