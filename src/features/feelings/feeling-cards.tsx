import { useTranslation } from 'react-i18next';
import { ImagePicture } from '../../ui/image-picture';
import type { LookOf } from './card-look';

export interface FeelingCardsProps {
  readonly feelingIds: readonly string[];
  readonly chosenId: string | null;
  readonly lookOf: LookOf;
  /** Called with the card tapped; the step decides that tapping the chosen one clears it. */
  readonly onChoose: (cardId: string) => void;
}

/** "How did you feel?": every feeling card as a toggle, named by its word. */
export function FeelingCards({ feelingIds, chosenId, lookOf, onChoose }: FeelingCardsProps) {
  const { t } = useTranslation('feelings');
  return (
    <div className="feelings__block">
      <h3 id="feelings-feeling-heading">{t('feeling.heading')}</h3>
      {feelingIds.length === 0 ? (
        <p className="feelings__quiet">{t('feeling.none')}</p>
      ) : (
        <ul className="feelings__grid" aria-labelledby="feelings-feeling-heading">
          {feelingIds.map((id) => (
            <li key={id}>
              <button
                type="button"
                className="choice-tick feelings__card"
                aria-pressed={id === chosenId}
                onClick={() => onChoose(id)}
              >
                <ImagePicture {...lookOf(id)} />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
