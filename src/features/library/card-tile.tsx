/**
 * One card of a board in the Library. Tapping it opens its editor; while staff arrange the
 * board, it can be dragged onto another card's place (finger, pen or mouse), or tapped to pick
 * it up and then tapped onto a place — the tap alternative to dragging.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Card } from '../../domain/types';
import { useDrag, useDrop } from '../../lib/dnd';
import { ImagePicture } from '../../ui/image-picture';
import { SpeakButton } from '../../ui/speak-button';

export const LIBRARY_CARD_DRAG = 'library-card';

interface Dragged {
  readonly cardId: string;
}

export interface CardTileProps {
  readonly card: Card;
  readonly label: string;
  readonly language: string;
  readonly colour: string;
  readonly isArranging: boolean;
  /** The card picked up to move, when one is. */
  readonly pickedId: string | null;
  readonly onOpen: (cardId: string) => void;
  readonly onPick: (cardId: string | null) => void;
  /** Puts `cardId` where `toId` stands. */
  readonly onMove: (cardId: string, toId: string) => void;
}

/** Drawn again only when its own props change: scrolling a long board mounts only new rows. */
export const CardTile = memo(function CardTile(props: CardTileProps) {
  const { card, label, language, colour, isArranging, pickedId, onOpen, onPick, onMove } = props;
  const { t } = useTranslation('library');
  const [{ isDragging }, drag] = useDrag<Dragged, unknown, { isDragging: boolean }>(
    () => ({
      type: LIBRARY_CARD_DRAG,
      item: { cardId: card.id },
      canDrag: () => isArranging,
      collect: (monitor) => ({ isDragging: monitor.isDragging() }),
    }),
    [card.id, isArranging],
  );
  const [{ isOver }, drop] = useDrop<Dragged, unknown, { isOver: boolean }>(
    () => ({
      accept: LIBRARY_CARD_DRAG,
      drop: (item) => onMove(item.cardId, card.id),
      collect: (monitor) => ({ isOver: monitor.isOver() && monitor.getItem().cardId !== card.id }),
    }),
    [card.id, onMove],
  );
  const isPicked = pickedId === card.id;

  function tap() {
    if (!isArranging) onOpen(card.id);
    else if (pickedId === null) onPick(card.id);
    else if (isPicked) onPick(null);
    else onMove(pickedId, card.id);
  }

  const name = !isArranging
    ? t('card.open', { label })
    : pickedId === null || isPicked
      ? label
      : t('card.placeHere', { label });
  const className = [
    'card-tile',
    isArranging ? 'card-tile--arranging' : '',
    isDragging ? 'card-tile--dragging' : '',
    isOver ? 'card-tile--over' : '',
  ].join(' ');
  return (
    <div ref={(node) => void drop(node)} className={className}>
      <button
        ref={(node) => void drag(node)}
        type="button"
        className="card-tile__button"
        aria-label={name}
        aria-pressed={isArranging ? isPicked : undefined}
        lang={language}
        onClick={tap}
      >
        <ImagePicture image={card.image} label={label} colour={colour} size="small" />
      </button>
      {isArranging ? null : <SpeakButton card={{ label, sound: card.sound }} language={language} />}
    </div>
  );
});
