/**
 * A puppet's speech and thought bubbles, as in comic-strip conversations. Each bubble is a list
 * item named by whose words and the words ("What they said: Stop"), with its own controls.
 */
import type { MouseEvent } from 'react';
import { useContentTranslation } from '../../i18n/content-language';
import type { Bubble } from '../../domain/types';
import { Icon } from '../../ui/icons';
import { ActingIcon, shapeOf } from './acting-icons';
import type { ActingActions } from './use-acting';
import './bubbles.css';

export interface PuppetBubblesProps {
  readonly placementId: string;
  readonly puppetLabel: string;
  readonly bubbles: readonly Bubble[];
  readonly acting: ActingActions;
}

export function PuppetBubbles({ placementId, puppetLabel, bubbles, acting }: PuppetBubblesProps) {
  const { t } = useContentTranslation('acting');
  if (bubbles.length === 0) return null;
  return (
    <ul className="bubbles" aria-label={t('bubblesOf', { label: puppetLabel })}>
      {bubbles.map((bubble) => (
        <PuppetBubble
          key={bubble.id}
          placementId={placementId}
          puppetLabel={puppetLabel}
          bubble={bubble}
          acting={acting}
        />
      ))}
    </ul>
  );
}

interface PuppetBubbleProps extends Omit<PuppetBubblesProps, 'bubbles'> {
  readonly bubble: Bubble;
}

/** A picture's and a bubble's controls keep their click: it must not place a picked picture. */
export function withoutPlacing(action: () => void) {
  return (event: MouseEvent) => {
    event.stopPropagation();
    action();
  };
}

function PuppetBubble({ placementId, puppetLabel, bubble, acting }: PuppetBubbleProps) {
  const { t } = useContentTranslation('acting');
  const words = acting.wordsOf(bubble);
  const card = bubble.cardId === null ? undefined : acting.viewOf(bubble.cardId);
  const kind = t(`kindInSentence.${bubble.kind}`);
  const names = { kind, label: puppetLabel };
  return (
    <li
      className={`bubble bubble--${shapeOf(bubble.kind)}`}
      aria-label={t('bubbleName', { kind: t(`kind.${bubble.kind}`), words })}
    >
      <div className="bubble__body">
        {card?.src ? <img className="bubble__image" src={card.src} alt="" /> : null}
        <span className="bubble__words" dir="auto">
          {words}
        </span>
      </div>
      <div className="bubble__controls">
        <button
          type="button"
          className="icon-button"
          aria-label={t('readAloud', names)}
          onClick={withoutPlacing(() => acting.readAloud(bubble))}
        >
          <ActingIcon name="speaker" />
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t('change', names)}
          onClick={withoutPlacing(() => acting.openChange(placementId, bubble.id))}
        >
          <ActingIcon name="pencil" />
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t('remove', names)}
          onClick={withoutPlacing(() => acting.removeBubble(placementId, bubble))}
        >
          <Icon name="close" />
        </button>
      </div>
    </li>
  );
}

export interface AddWordsButtonProps {
  readonly placementId: string;
  readonly puppetLabel: string;
  readonly stepNumber: number;
  readonly acting: ActingActions;
}

/** Opens the words dialog; named with the step so it never clashes with a tray picture. */
export function AddWordsButton({
  placementId,
  puppetLabel,
  stepNumber,
  acting,
}: AddWordsButtonProps) {
  const { t } = useContentTranslation('acting');
  return (
    <button
      type="button"
      className="placed__words"
      aria-label={t('addWords', { label: puppetLabel, number: stepNumber })}
      data-add-words={placementId}
      onClick={withoutPlacing(() => acting.openAdd(placementId))}
    >
      <ActingIcon name="bubblePlus" />
      <span aria-hidden="true">{t('addWordsShort')}</span>
    </button>
  );
}
