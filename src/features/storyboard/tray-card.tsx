import { useDrag } from '../../lib/dnd';
import { ImagePicture } from '../../ui/image-picture';
import type { CardView } from './card-view';
import { DragType, type CardDragItem } from './dnd-types';

export interface TrayCardProps {
  readonly cardId: string;
  readonly view: CardView;
  readonly isPicked: boolean;
  readonly onPick: (cardId: string) => void;
}

/** A picture in the tray: tap or Enter picks it up; a drag carries it straight to a step. */
export function TrayCard({ cardId, view, isPicked, onPick }: TrayCardProps) {
  const [{ isDragging }, drag] = useDrag<CardDragItem, unknown, { isDragging: boolean }>(
    () => ({
      type: DragType.card,
      item: { cardId },
      collect: (m) => ({ isDragging: m.isDragging() }),
    }),
    [cardId],
  );
  return (
    <button
      type="button"
      ref={(node) => {
        drag(node);
      }}
      className={`tray-card${isPicked ? ' is-picked' : ''}${isDragging ? ' is-dragging' : ''}`}
      aria-pressed={isPicked}
      data-tray-card={cardId}
      onClick={() => onPick(cardId)}
      onContextMenu={(e) => e.preventDefault()}
    >
      <ImagePicture image={view.image} label={view.label} colour={view.colour} />
    </button>
  );
}
