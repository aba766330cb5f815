/**
 * framer-motion's settings for the screens that animate (Together and the picture steps of
 * Prepare): Calm motion (Settings) reduces motion whatever the tablet is set to, and the animation
 * features load only once something moves. Loaded with those screens, not the first one.
 */
import { LazyMotion, MotionConfig } from 'framer-motion';
import type { ReactNode } from 'react';
import { useCalmMotion } from '../storage/preferences-repo';

const loadMotionFeatures = () => import('./motion-features').then((m) => m.default);

export default function MotionRoot({ children }: { readonly children: ReactNode }) {
  const isCalmMotion = useCalmMotion() === true;
  return (
    <MotionConfig reducedMotion={isCalmMotion ? 'always' : 'user'}>
      <LazyMotion features={loadMotionFeatures} strict>
        {children}
      </LazyMotion>
    </MotionConfig>
  );
}
