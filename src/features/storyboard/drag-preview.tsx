import { useContentTranslation } from '../../i18n/content-language';
import { useDragLayer } from '../../lib/dnd';
import { ImagePicture } from '../../ui/image-picture';
import type { CardView } from './card-view';
import { DragType } from './dnd-types';
import { useDragAutoScroll } from './use-drag-auto-scroll';

interface LayerItem {
  readonly cardId?: string;
  readonly number?: number;
}

/** The touch backend draws no drag image, so this layer draws the card under the finger. */
export function DragPreview({ viewOf }: { readonly viewOf: (cardId: string) => CardView }) {
  const { t } = useContentTranslation();
  const { item, itemType, offset, pointer, isDragging } = useDragLayer((monitor) => ({
    item: monitor.getItem<LayerItem | null>(),
    itemType: monitor.getItemType(),
    offset: monitor.getSourceClientOffset(),
    pointer: monitor.getClientOffset(),
    isDragging: monitor.isDragging(),
  }));
  useDragAutoScroll(isDragging && pointer ? Math.round(pointer.y) : null);
  if (!isDragging || !offset || !item) return null;
  const style = { transform: `translate(${offset.x}px, ${offset.y}px)` };
  return (
    <div className="drag-layer" aria-hidden="true">
      <div className="drag-layer__item" style={style}>
        {itemType === DragType.frame ? (
          <span className="drag-layer__frame">{t('story.step', { number: item.number ?? 0 })}</span>
        ) : item.cardId !== undefined ? (
          (() => {
            const view = viewOf(item.cardId);
            return <ImagePicture image={view.image} label={view.label} colour={view.colour} />;
          })()
        ) : null}
      </div>
    </div>
  );
}
