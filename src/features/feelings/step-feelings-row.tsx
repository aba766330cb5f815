import { useContentTranslation } from '../../i18n/content-language';
import type { FrameFeeling } from '../../domain/types';
import type { LookOf } from './card-look';
import { CardThumb } from './card-thumb';
import { sizeColour } from './size-scale';

export interface StepFeelingsRowProps {
  readonly feelings: readonly FrameFeeling[];
  readonly number: number;
  /** The feeling whose questions are shown, or null while a feeling is being chosen. */
  readonly shownId: string | null;
  readonly lookOf: LookOf;
  readonly onShow: (feelingId: string) => void;
  readonly onAnother: () => void;
}

/**
 * The feelings chosen for the step in view, each a button that shows its questions again (how
 * big, what else, "so I …"), and "Another feeling" for one more.
 */
export function StepFeelingsRow(props: StepFeelingsRowProps) {
  const { feelings, number, shownId, lookOf, onShow, onAnother } = props;
  const { t } = useContentTranslation('feelings');
  const headingId = `feelings-in-step-${String(number)}`;
  return (
    <div className="feelings__in-step">
      <h3 id={headingId}>{t('feeling.inStep', { number })}</h3>
      <ul className="feelings__chips" aria-labelledby={headingId}>
        {feelings.map((feeling) => {
          const look = feeling.cardId ? lookOf(feeling.cardId) : null;
          const word = look?.label ?? t('feeling.notNamed');
          const size = feeling.size ? t(`size.${feeling.size}`) : null;
          return (
            <li key={feeling.id}>
              <button
                type="button"
                className="feelings__chip"
                aria-pressed={feeling.id === shownId}
                // Word and size read as one ("angry, Very big"), never run together.
                aria-label={size ? t('steps.summary', { feeling: word, size }) : word}
                onClick={() => onShow(feeling.id)}
              >
                {look ? <CardThumb look={look} /> : null}
                <span className="feelings__chip-word" dir="auto">
                  {word}
                </span>
                {feeling.size ? (
                  <span className="feelings__chip-size">
                    <span
                      className="feelings__size-dot"
                      style={{ backgroundColor: sizeColour(feeling.size).fill }}
                      aria-hidden="true"
                    />
                    {size}
                  </span>
                ) : null}
              </button>
            </li>
          );
        })}
        {shownId !== null ? (
          <li>
            <button type="button" className="button button--quiet" onClick={onAnother}>
              {t('feeling.another')}
            </button>
          </li>
        ) : null}
      </ul>
    </div>
  );
}
