import type { ReactNode } from 'react';
import { useContentTranslation } from '../../i18n/content-language';
import type { NextTimePart } from '../../domain/types';

export interface NextTimePartsProps {
  /** The questions there are to ask, in order. */
  readonly parts: readonly NextTimePart[];
  readonly current: NextTimePart;
  readonly onShow: (part: NextTimePart) => void;
  /** "Next question": the store works out which, so a choice tapped just before counts. */
  readonly onNext: () => void;
  /** The open question. */
  readonly children: ReactNode;
}

/**
 * The questions of "What can help next time?", one at a time: their names at the top (the open
 * one marked, any can be opened) with "Next question" beside them until the last, always in
 * view (below the pictures it would sit under Together's foot on a long question), then the
 * open question.
 */
export function NextTimeParts({ parts, current, onShow, onNext, children }: NextTimePartsProps) {
  const { t } = useContentTranslation('next-time');
  const isLast = parts.indexOf(current) === parts.length - 1;
  return (
    <>
      <div className="next-time__top">
        <nav className="next-time__parts" aria-label={t('parts.label')}>
          <ol>
            {parts.map((part, i) => (
              <li key={part}>
                <button
                  type="button"
                  className="next-time__part"
                  aria-current={part === current ? 'step' : undefined}
                  onClick={() => onShow(part)}
                >
                  <span className="next-time__part-number" aria-hidden="true">
                    {i + 1}
                  </span>
                  {t(`parts.${part}`)}
                </button>
              </li>
            ))}
          </ol>
        </nav>
        {isLast ? null : (
          <button type="button" className="button" onClick={onNext}>
            {t('parts.next')}
          </button>
        )}
      </div>
      {children}
    </>
  );
}
