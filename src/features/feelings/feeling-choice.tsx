import { useState } from 'react';
import { useContentTranslation } from '../../i18n/content-language';
import { ImagePicture } from '../../ui/image-picture';
import type { LookOf } from './card-look';
import type { FeelingChoices } from './feeling-choices';

export interface FeelingChoiceProps {
  readonly choices: FeelingChoices;
  /** Cards the step already holds (and one just chosen): shown as chosen. */
  readonly chosenIds: readonly string[];
  readonly lookOf: LookOf;
  readonly onChoose: (cardId: string) => void;
}

/**
 * "How did you feel?": the person's own feelings as big picture cards, few at a time, and the
 * others one tap away behind "More feelings", in the same list so nothing moves.
 */
export function FeelingChoice({ choices, chosenIds, lookOf, onChoose }: FeelingChoiceProps) {
  const { t } = useContentTranslation('feelings');
  const [isMore, setMore] = useState(false);
  const shown = isMore ? [...choices.first, ...choices.more] : choices.first;
  if (shown.length === 0) return <p className="feelings__quiet">{t('feeling.none')}</p>;
  return (
    <div className="feelings__block">
      <h3 id="feelings-feeling-heading">{t('feeling.heading')}</h3>
      <ul data-scan-group="" className="feelings__grid" aria-labelledby="feelings-feeling-heading">
        {shown.map((id) => (
          <li key={id}>
            <button
              type="button"
              className="choice-tick feelings__card"
              aria-pressed={chosenIds.includes(id)}
              onClick={() => onChoose(id)}
            >
              <ImagePicture {...lookOf(id)} />
            </button>
          </li>
        ))}
      </ul>
      {choices.more.length > 0 ? (
        <button
          type="button"
          className="button button--quiet feelings__more"
          aria-expanded={isMore}
          onClick={() => setMore(!isMore)}
        >
          {isMore ? t('feeling.fewer') : t('feeling.more')}
        </button>
      ) : null}
    </div>
  );
}
