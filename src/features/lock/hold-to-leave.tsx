import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { usePressHold } from './use-press-hold';
import './lock.css';

export interface HoldToLeaveProps {
  readonly onLeave: () => void;
}

const RING_RADIUS = 10;
const RING_LENGTH = 2 * Math.PI * RING_RADIUS;

/** "Staff" while no PIN is set: it leaves only after a deliberate hold, showing it fill. */
export function HoldToLeave({ onLeave }: HoldToLeaveProps) {
  const { t } = useTranslation('lock');
  const hintId = useId();
  const { progress, isHinted, handlers } = usePressHold(onLeave);
  return (
    <div className="hold-to-leave">
      <button
        type="button"
        className="button button--quiet hold-to-leave__button"
        aria-describedby={hintId}
        data-progress={progress.toFixed(2)}
        {...handlers}
      >
        <svg className="hold-ring" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <circle className="hold-ring__track" cx="12" cy="12" r={RING_RADIUS} />
          <circle
            className="hold-ring__fill"
            cx="12"
            cy="12"
            r={RING_RADIUS}
            strokeDasharray={RING_LENGTH}
            strokeDashoffset={RING_LENGTH * (1 - progress)}
          />
        </svg>
        {t('staff')}
      </button>
      <p id={hintId} className="hold-to-leave__hint" aria-live="polite">
        {isHinted ? t('holdHint') : ''}
      </p>
    </div>
  );
}
