import { useEffect, useRef } from 'react';
import { useContentTranslation } from '../../i18n/content-language';
import { FEELING_SIZES, type FeelingSize } from '../../domain/types';
import { sizeColour } from './size-scale';

export interface SizeChoiceProps {
  readonly feelingId: string;
  readonly size: FeelingSize | null;
  /** The feeling was chosen a moment ago: this question takes the focus. */
  readonly isJustChosen: boolean;
  readonly onChoose: (size: FeelingSize) => void;
}

/** Circle diameters in px: the circle grows with the feeling. */
/** In rem: 40 px to 88 px at the usual text size, growing with the number inside at larger sizes. */
const DIAMETER: Record<FeelingSize, string> = {
  1: '2.25rem',
  2: '2.9rem',
  3: '3.55rem',
  4: '4.2rem',
  5: '4.9rem',
};

/**
 * "How big was it?": native radios, so arrow keys move within the group as people expect,
 * drawn as circles that grow and warm from calm to strong, each with its number and a word.
 */
export function SizeChoice({ feelingId, size, isJustChosen, onChoose }: SizeChoiceProps) {
  const { t } = useContentTranslation('feelings');
  const headingId = `feelings-size-heading-${feelingId}`;
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Only when this feeling's questions first show, never again as the answers change.
  const isFocusedFirst = useRef(isJustChosen);
  useEffect(() => {
    if (isFocusedFirst.current) headingRef.current?.focus();
  }, []);
  return (
    <div className="feelings__block">
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('size.heading')}
      </h3>
      <div
        data-scan-group=""
        className="feelings__sizes"
        role="radiogroup"
        aria-labelledby={headingId}
      >
        {FEELING_SIZES.map((n) => {
          const colour = sizeColour(n);
          return (
            <label key={n} className="feelings__size">
              <input
                className="feelings__size-input"
                type="radio"
                name={`feeling-size-${feelingId}`}
                value={n}
                // Named in full, so the number and word never run together as "4Big".
                aria-label={t('size.name', { number: n, word: t(`size.${n}`) })}
                checked={size === n}
                onChange={() => onChoose(n)}
              />
              <span
                className="feelings__size-circle"
                style={{
                  inlineSize: DIAMETER[n],
                  blockSize: DIAMETER[n],
                  backgroundColor: colour.fill,
                  color: colour.text,
                }}
              >
                {n}
              </span>
              <span className="feelings__size-word">{t(`size.${n}`)}</span>
            </label>
          );
        })}
      </div>
    </div>
  );
}
