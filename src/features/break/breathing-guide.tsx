/**
 * A breathing guide: a soft shape that slowly grows (breathe in) and shrinks (breathe out),
 * about 4 s each, with the words. Under reduced motion (the tablet's setting or Calm motion)
 * the shape stays still and only the words change.
 */
import { m, useReducedMotionConfig } from 'framer-motion';
import { useEffect, useState } from 'react';
import { useContentTranslation } from '../../i18n/content-language';
import './breathing-guide.css';

/** Half a breath. The words and the shape change together on this beat. */
export const BREATH_PHASE_MS = 4000;
const SMALL = 0.6;
const LARGE = 1;

export function BreathingGuide() {
  const { t } = useContentTranslation('break');
  const isStill = useReducedMotionConfig() === true;
  const [isBreathingIn, setIsBreathingIn] = useState(true);

  useEffect(() => {
    const timer = window.setInterval(() => setIsBreathingIn((value) => !value), BREATH_PHASE_MS);
    return () => window.clearInterval(timer);
  }, []);

  return (
    <section className="breathing" aria-label={t('breathing.label')}>
      <div className="breathing__space" aria-hidden="true">
        {isStill ? (
          <div className="breathing__shape breathing__shape--still" data-testid="breathing-shape" />
        ) : (
          <m.div
            className="breathing__shape"
            data-testid="breathing-shape"
            initial={{ scale: SMALL }}
            animate={{ scale: isBreathingIn ? LARGE : SMALL }}
            transition={{ duration: BREATH_PHASE_MS / 1000, ease: 'easeInOut' }}
          />
        )}
      </div>
      {/* A fade only, no movement: gentle enough for reduced motion too. */}
      <m.p
        key={isBreathingIn ? 'in' : 'out'}
        className="breathing__words"
        initial={{ opacity: 0.6 }}
        animate={{ opacity: 1 }}
        transition={{ duration: 1 }}
      >
        {isBreathingIn ? t('breathing.in') : t('breathing.out')}
      </m.p>
    </section>
  );
}
