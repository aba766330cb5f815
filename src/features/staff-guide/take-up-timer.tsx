/**
 * One tap starts a calm, visible wait after a question: a bar that slowly shrinks and the
 * seconds left. "Stop waiting" ends it early. Under reduced motion the bar steps once a second
 * instead of gliding.
 */
import { useReducedMotionConfig } from 'framer-motion';
import { useTranslation } from 'react-i18next';
import { useTakeUpTimer } from './use-take-up-timer';

export interface TakeUpTimerProps {
  readonly seconds: number;
}

export function TakeUpTimer({ seconds }: TakeUpTimerProps) {
  const { t } = useTranslation('guide');
  const timer = useTakeUpTimer(seconds);
  const isStill = useReducedMotionConfig() === true;
  const shownFraction = isStill ? timer.secondsLeft / seconds : timer.fractionLeft;

  return (
    <section className="take-up" aria-labelledby="take-up-heading">
      <h2 id="take-up-heading">{t('takeUp.heading')}</h2>
      {/* One button whose words change, so focus stays on it when a wait starts or stops. */}
      <button
        type="button"
        className="button button--quiet take-up__button"
        onClick={timer.isWaiting ? timer.stop : timer.start}
      >
        {timer.isWaiting ? t('takeUp.stop') : t('takeUp.start')}
      </button>
      {timer.isWaiting ? (
        <div className="take-up__wait">
          <p className="take-up__words">{t('takeUp.waiting')}</p>
          <div
            className="take-up__track"
            role="progressbar"
            aria-label={t('takeUp.progress')}
            aria-valuemin={0}
            aria-valuemax={seconds}
            aria-valuenow={timer.secondsLeft}
            aria-valuetext={t('takeUp.left', { count: timer.secondsLeft })}
          >
            <div
              className={`take-up__bar${isStill ? ' take-up__bar--still' : ''}`}
              style={{ inlineSize: `${shownFraction * 100}%` }}
            />
          </div>
          <p className="take-up__left">{t('takeUp.left', { count: timer.secondsLeft })}</p>
        </div>
      ) : null}
      {timer.hasFinished ? <p className="take-up__words">{t('takeUp.done')}</p> : null}
    </section>
  );
}
