import { render, screen } from '@testing-library/react';
import { LazyMotion, MotionConfig, domAnimation } from 'framer-motion';
import { describe, expect, it } from 'vitest';
import { TouchDndProvider } from '../../lib/dnd';
import { PlacedPicture } from './placed-picture';

function renderPlaced(reducedMotion: 'always' | 'never') {
  render(
    <MotionConfig reducedMotion={reducedMotion}>
      <LazyMotion features={domAnimation} strict>
        <TouchDndProvider>
          <ul>
            <PlacedPicture
              placementId="p1"
              cardId="c1"
              stepNumber={1}
              view={{ label: 'angry', src: undefined, image: null, colour: undefined }}
              isPicked={false}
              onPick={() => undefined}
              onRemove={() => undefined}
            />
          </ul>
        </TouchDndProvider>
      </LazyMotion>
    </MotionConfig>,
  );
  return screen.getByRole('listitem');
}

describe('placing a picture, with motion', () => {
  it('grows gently into place when motion is welcome', () => {
    expect(renderPlaced('never').style.transform).toMatch(/scale\(0\.85\)/);
  });

  it('does not move or scale when reduced motion is asked for', () => {
    const placed = renderPlaced('always');
    expect(placed.style.transform).not.toMatch(/scale/);
    expect(placed.style.opacity).not.toBe('0');
  });
});
