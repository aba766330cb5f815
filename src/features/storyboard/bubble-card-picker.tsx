import { useId } from 'react';
import { useContentTranslation } from '../../i18n/content-language';
import { ImagePicture } from '../../ui/image-picture';
import type { CardView } from './card-view';

export interface CardChoice {
  readonly id: string;
  readonly view: CardView;
}

export interface BubbleCardPickerProps {
  readonly feelings: readonly CardChoice[];
  readonly phrases: readonly CardChoice[];
  readonly chosenId: string | null;
  /** Called with the card to show, or null when the chosen card is tapped again. */
  readonly onChoose: (cardId: string | null) => void;
}

/** Feeling and phrase cards for a bubble: toggle buttons, at most one chosen. */
export function BubbleCardPicker({ feelings, phrases, chosenId, onChoose }: BubbleCardPickerProps) {
  const { t } = useContentTranslation('acting');
  return (
    <div className="bubble-picker">
      <CardGroup
        title={t('dialog.feelings')}
        choices={feelings}
        chosenId={chosenId}
        onChoose={onChoose}
      />
      <CardGroup
        title={t('dialog.phrases')}
        choices={phrases}
        chosenId={chosenId}
        onChoose={onChoose}
      />
    </div>
  );
}

interface CardGroupProps extends Omit<BubbleCardPickerProps, 'feelings' | 'phrases'> {
  readonly title: string;
  readonly choices: readonly CardChoice[];
}

function CardGroup({ title, choices, chosenId, onChoose }: CardGroupProps) {
  const headingId = useId();
  if (choices.length === 0) return null;
  return (
    <section className="bubble-picker__group" aria-labelledby={headingId}>
      <h3 id={headingId} className="bubble-picker__title">
        {title}
      </h3>
      <div className="bubble-picker__cards">
        {choices.map(({ id, view }) => {
          const isChosen = id === chosenId;
          return (
            <button
              key={id}
              type="button"
              className={`bubble-picker__card${isChosen ? ' is-chosen' : ''}`}
              aria-pressed={isChosen}
              onClick={() => onChoose(isChosen ? null : id)}
            >
              <ImagePicture
                image={view.image}
                label={view.label}
                colour={view.colour}
                size="small"
              />
            </button>
          );
        })}
      </div>
    </section>
  );
}
